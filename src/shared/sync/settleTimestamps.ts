import type { JsonMerge } from './mergeJson';
import { setJsonAt } from './setJsonAt';

/** Fields that only record when something last changed: the later one wins, no person asked. */
const TIMESTAMPS = new Set(['updatedAt']);

/**
 * A layer's merge with its timestamp conflicts settled: an `updatedAt` changed on both sides
 * (the layer's, a span's, a stance's) takes the later time. The change it stamps, if it
 * conflicts, stays a conflict of its own.
 * @example settleTimestamps(mergeJson(base, ours, theirs)).conflicts.every((c) => c.path.at(-1) !== 'updatedAt')
 */
export function settleTimestamps(merge: JsonMerge): JsonMerge {
  let value = merge.value;
  const conflicts = merge.conflicts.filter((c) => {
    const last = c.path.at(-1);
    if (typeof last !== 'string' || !TIMESTAMPS.has(last) || value === undefined) return true;
    const later = String(c.ours ?? '') >= String(c.theirs ?? '') ? c.ours : c.theirs;
    value = setJsonAt(value, c.path, later ?? null);
    return false;
  });
  return { value, conflicts };
}
