import type { CheckResult } from './checkResult';

/**
 * The first `shown` differences of every row that did not pass, for whoever fixes the export.
 * @example formatMismatches(rows, 5) → 'FAIL CoNLL: conlleval.pl … (phrases 0/24)\n  - conlleval.pl exited 0: …\n'
 */
export function formatMismatches(rows: readonly CheckResult[], shown: number): string {
  return rows
    .filter((r) => r.status !== 'pass')
    .map((r) => {
      const head = `${r.status === 'fail' ? 'FAIL' : 'SKIPPED'} ${r.format}: ${r.check}${r.count ? ` (${r.count})` : ''}`;
      const items = r.mismatches.slice(0, shown).map((m) => `  - ${m}`);
      const more =
        r.mismatches.length > shown ? [`  … and ${r.mismatches.length - shown} more`] : [];
      return [head, ...items, ...more].join('\n');
    })
    .join('\n\n');
}
