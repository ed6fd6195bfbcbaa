import type { Fragment } from './fragment';
import { codePoints } from './offsets';

/** The smallest single fragment covering all `fragments`. @example spanExtent([{start:2,end:3},{start:7,end:9}]) → {start:2,end:9} */
export function spanExtent(fragments: readonly Fragment[]): Fragment {
  let start = Infinity;
  let end = -Infinity;
  for (const f of fragments) {
    start = Math.min(start, f.start);
    end = Math.max(end, f.end);
  }
  return { start: codePoints(start), end: codePoints(end) };
}
