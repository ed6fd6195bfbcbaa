/** pass: every item checked agreed; fail: something disagreed or broke; skip: a reader is absent. */
export type CheckStatus = 'pass' | 'fail' | 'skip';

/** One row of the interop table: a format, what was checked, and what came of it. */
export interface CheckResult {
  readonly format: string;
  readonly check: string;
  readonly status: CheckStatus;
  /** e.g. `spans 27/29`; empty for a skip. */
  readonly count: string;
  /** Every disagreement, concretely: document, span, expected vs got. */
  readonly mismatches: readonly string[];
}

/**
 * A row from counts: it passes only when something was checked, all of it agreed and no
 * mismatch was noted.
 * @example tallied('CoNLL', 'conlleval', 'phrases', 24, 24, []) → { status: 'pass', count: 'phrases 24/24', … }
 */
export function tallied(
  format: string,
  check: string,
  unit: string,
  passed: number,
  total: number,
  mismatches: readonly string[],
): CheckResult {
  const ok = total > 0 && passed === total && mismatches.length === 0;
  return {
    format,
    check,
    status: ok ? 'pass' : 'fail',
    count: `${unit} ${passed}/${total}`,
    mismatches,
  };
}

/** A row that could not be checked because a reader is absent: never a pass. */
export function skipped(format: string, check: string, reason: string): CheckResult {
  return { format, check, status: 'skip', count: '', mismatches: [reason] };
}

/** A row that failed before anything could be counted (an export or a reader broke). */
export function broken(format: string, check: string, reason: string): CheckResult {
  return { format, check, status: 'fail', count: 'not run', mismatches: [reason] };
}

/**
 * A row judged by a reader's verdict rather than by counts: it passes only when the reader
 * read something and raised nothing.
 * @example judged('brat', 'brat_load', 'issues 0', true, []) → { status: 'pass', … }
 */
export function judged(
  format: string,
  check: string,
  count: string,
  readSomething: boolean,
  mismatches: readonly string[],
): CheckResult {
  const ok = readSomething && mismatches.length === 0;
  return { format, check, status: ok ? 'pass' : 'fail', count, mismatches };
}
