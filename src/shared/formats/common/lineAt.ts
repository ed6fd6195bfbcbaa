import { itemAt } from '../../collections';
/** The 1-based line of a UTF-16 offset (lines end at LF). @example lineAt('a\nb', 2) === 2 */
export function lineAt(content: string, offset: number): number {
  return createLineIndex(content)(offset);
}

/** Like {@link lineAt} for many offsets of one text: O(n) once, then O(log n) each. @example createLineIndex('a\nb')(2) === 2 */
export function createLineIndex(content: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (itemAt(breaks, mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
