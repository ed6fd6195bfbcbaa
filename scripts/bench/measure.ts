import { readFileSync } from 'node:fs';

/** CPU milliseconds the calling thread has run (Linux's schedstat), or NaN elsewhere. */
export function threadCpu(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds one call takes. */
export async function timeOnce(task: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/**
 * Runs `subject` and `baseline` alternately `runs` times (after one unmeasured warm-up
 * each) so background load hits both alike; returns the medians.
 */
export async function medianPair(
  runs: number,
  subject: () => Promise<unknown> | unknown,
  baseline: () => Promise<unknown> | unknown,
): Promise<{ subject: number; baseline: number }> {
  await subject();
  await baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await timeOnce(subject));
    b.push(await timeOnce(baseline));
  }
  return { subject: median(a), baseline: median(b) };
}
