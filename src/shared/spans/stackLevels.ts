import type { Span } from '../model';
import { itemAt } from '../collections';

/**
 * Assigns each span a drawing level so overlapping spans never share one: the lowest level
 * free over the span's whole extent (interval colouring, O(n log n + n·levels)).
 * Nested and overlapping spans get stacked underlines at different depths.
 */
export function stackLevels(spans: readonly Span[]): Map<string, number> {
  const extents = spans
    .map((s) => ({
      id: s.id,
      start: itemAt(s.fragments, 0).start,
      end: (s.fragments.at(-1) as { end: number }).end,
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const levelEnds: number[] = [];
  const levels = new Map<string, number>();
  for (const e of extents) {
    let level = levelEnds.findIndex((end) => end <= e.start);
    if (level < 0) level = levelEnds.length;
    levelEnds[level] = e.end;
    levels.set(e.id, level);
  }
  return levels;
}
