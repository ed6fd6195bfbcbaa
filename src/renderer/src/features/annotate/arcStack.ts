import type { ArcPiece } from './arcPath';

/** Levels above the lowest that the room between lines holds (the page spaces its lines for them). */
export const MAX_LEVEL = 2;

/** Pieces whose tops differ by less than this are over one line. */
const SAME_LINE = 4;

/** Horizontal air kept between two arcs on one level. */
const AIR = 4;

/** A label's width at 10 px: about 6 px a character, plus its halo. */
function labelWidth(label: string): number {
  return label.length * 6 + 6;
}

interface Placed {
  readonly arc: number;
  readonly piece: number;
  readonly line: number;
  readonly left: number;
  readonly right: number;
}

/**
 * A stacking level for each piece of each arc, as brat stacks its arcs: over each line the
 * shorter arcs stay low and a longer arc over them (or whose label would touch theirs) goes up
 * a level, up to `MAX_LEVEL`, where arcs that still collide share the top level.
 * @example stackArcs([[{ line: 100, left: 0, right: 200 }], [{ line: 100, left: 50, right: 90 }]], ['Cause', 'Theme']) → [[1], [0]]
 */
export function stackArcs(
  pieces: readonly (readonly ArcPiece[])[],
  labels: readonly string[],
): number[][] {
  const all: Placed[] = [];
  pieces.forEach((arcPieces, arc) =>
    arcPieces.forEach(({ line, left, right }, piece) => {
      // The label sits in the middle of the piece; it may be wider than the piece.
      const half = labelWidth(labels[arc] ?? '') / 2;
      const middle = (left + right) / 2;
      all.push({
        arc,
        piece,
        line,
        left: Math.min(left, middle - half),
        right: Math.max(right, middle + half),
      });
    }),
  );
  // Tops a few pixels apart are one line: each piece takes the top of its line's first piece.
  all.sort((p, q) => p.line - q.line);
  let top = Number.NEGATIVE_INFINITY;
  const lined = all.map((p) => {
    if (p.line - top >= SAME_LINE) top = p.line;
    return { ...p, line: top };
  });
  // Over each line, shorter pieces first.
  lined.sort((p, q) => p.line - q.line || p.right - p.left - (q.right - q.left) || p.left - q.left);
  const levels = pieces.map((arcPieces) => arcPieces.map(() => 0));
  let line = Number.NaN;
  let taken: Placed[][] = [];
  for (const placed of lined) {
    if (placed.line !== line) {
      line = placed.line;
      taken = [];
    }
    let level = 0;
    while (
      level < MAX_LEVEL &&
      (taken[level] ?? []).some((p) => p.left < placed.right + AIR && placed.left < p.right + AIR)
    )
      level++;
    (taken[level] ??= []).push(placed);
    levels[placed.arc]![placed.piece] = level;
  }
  return levels;
}
