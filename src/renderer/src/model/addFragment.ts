import type { Fragment } from '../../../shared/spans';

/** The span's fragments with one more, sorted and merged when touching; null when it overlaps one. */
export function addFragment(fragments: readonly Fragment[], added: Fragment): Fragment[] | null {
  if (fragments.some((f) => f.start < added.end && added.start < f.end)) return null;
  const sorted = [...fragments, added].sort((a, b) => a.start - b.start);
  const merged: Fragment[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.end === f.start) merged[merged.length - 1] = { start: last.start, end: f.end };
    else merged.push(f);
  }
  return merged;
}
