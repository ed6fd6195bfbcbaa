import type { CheckResult } from '../checkResult';

/** What a control expects: every row passes (a correct file), or the named row fails. */
export type ControlExpectation = 'pass' | { readonly fails: string };

/**
 * Judges the harness on a file whose answer is known: a correct file must pass every row,
 * a broken one must fail the row that reads the broken part. A control that does not hold
 * means the harness itself is wrong, and fails the run. A caught file keeps what the check said.
 * @example controlRow('CoNLL, tab-separated', { fails: 'conlleval.pl gold vs gold: 100%' }, rows) → { status: 'pass', count: 'caught', … }
 */
export function controlRow(
  name: string,
  expect: ControlExpectation,
  rows: readonly CheckResult[],
): CheckResult {
  const format = 'harness control';
  const skip = rows.find((r) => r.status === 'skip');
  if (expect === 'pass') {
    const check = `${name}: every row passes`;
    const failed = rows.filter((r) => r.status === 'fail');
    const mismatches = failed.map(
      (r) => `${r.check} fails a correct file: ${r.mismatches[0] ?? ''}`,
    );
    if (failed.length === 0 && skip)
      return { format, check, status: 'skip', count: '', mismatches: skip.mismatches };
    const passed = rows.length - failed.length;
    const ok = rows.length > 0 && failed.length === 0;
    return {
      format,
      check,
      status: ok ? 'pass' : 'fail',
      count: `rows ${passed}/${rows.length}`,
      mismatches,
    };
  }
  const check = `${name}: fails "${expect.fails}"`;
  const row = rows.find((r) => r.check === expect.fails);
  if (row?.status === 'skip')
    return { format, check, status: 'skip', count: '', mismatches: row.mismatches };
  if (row?.status === 'fail')
    return {
      format,
      check,
      status: 'pass',
      count: 'caught',
      mismatches: row.mismatches.slice(0, 3),
    };
  const why = row ? `"${expect.fails}" passed a broken file` : `no row "${expect.fails}"`;
  return { format, check, status: 'fail', count: 'missed', mismatches: [why] };
}
