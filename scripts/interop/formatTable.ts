import type { CheckResult } from './checkResult';

const STATUS = { pass: 'pass', fail: 'FAIL', skip: 'skipped' } as const;

/**
 * The interop table: format, check, result, count; a Markdown table that reads in a terminal.
 * @example formatTable([row]) → '| format | check | result | count |\n| --- | … |\n| CoNLL | conlleval.pl … | FAIL | phrases 0/24 |\n'
 */
export function formatTable(rows: readonly CheckResult[]): string {
  const cells = [
    ['format', 'check', 'result', 'count'],
    ...rows.map((r) => [r.format, r.check, STATUS[r.status], r.count]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => [...(c[i] ?? '')].length)));
  const line = (c: readonly string[]) =>
    `| ${c.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(cells[0] as string[]), rule, ...cells.slice(1).map(line)]
    .map((l) => `${l}\n`)
    .join('');
}
