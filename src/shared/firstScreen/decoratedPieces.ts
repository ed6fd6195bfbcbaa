import { itemAt } from '../collections';

/**
 * An inline decoration over one line, in UTF-16 units from the line's start; `key` says whose
 * it is (the caller's index).
 */
export interface LineDecoration {
  readonly from: number;
  readonly to: number;
  readonly key: number;
}

/** A run of a line's text and the decorations over all of it, innermost first. */
export interface DecoratedPiece {
  readonly from: number;
  readonly to: number;
  readonly keys: readonly number[];
}

function byPos(a: LineDecoration, b: LineDecoration): number {
  return a.from - b.from || a.to - b.to;
}

function insertAhead(list: LineDecoration[], at: number, item: LineDecoration): void {
  let i = at;
  while (i < list.length && byPos(item, itemAt(list, i)) > 0) i++;
  list.splice(i, 0, item);
}

/**
 * ProseMirror's `removeOverlap` (prosemirror-view, decoration.ts): splits partly overlapping
 * decorations until any two either cover the same start or do not meet, keeping the order.
 */
function removeOverlap(sorted: readonly LineDecoration[]): LineDecoration[] {
  const list = [...sorted];
  for (let i = 0; i < list.length - 1; i++) {
    const span = itemAt(list, i);
    if (span.from === span.to) continue;
    for (let j = i + 1; j < list.length; j++) {
      const next = itemAt(list, j);
      if (next.from === span.from) {
        if (next.to !== span.to) {
          list[j] = { ...next, to: span.to };
          insertAhead(list, j + 1, { ...next, from: span.to });
        }
        continue;
      }
      if (next.from < span.to) {
        list[i] = { ...span, to: next.from };
        insertAhead(list, j, { ...span, from: next.from });
      }
      break;
    }
  }
  return list;
}

/**
 * How ProseMirror cuts a paragraph of one text node of `length` units under inline
 * `decorations` (given in the order its decoration set holds them): the text pieces in order,
 * each with the decorations it is wrapped in, innermost first (`iterDeco` and
 * `computeOuterDeco` in prosemirror-view: each decoration with a `nodeName` wraps the piece in
 * its own element, the first active one innermost). Drawing the pieces so gives the DOM the
 * reading view draws, without a DOM or ProseMirror.
 */
export function decoratedPieces(
  length: number,
  decorations: readonly LineDecoration[],
): DecoratedPiece[] {
  const valid = decorations.filter((d) => d.from < d.to && d.from < length && d.to > 0);
  const locals = removeOverlap([...valid].sort(byPos));
  const pieces: DecoratedPiece[] = [];
  const active: LineDecoration[] = [];
  let next = 0;
  for (let offset = 0; offset < length;) {
    while (next < locals.length && itemAt(locals, next).to === offset) next++;
    for (let i = 0; i < active.length; i++)
      if (itemAt(active, i).to <= offset) active.splice(i--, 1);
    for (let d = locals[next]; d && d.from <= offset && d.to > offset; d = locals[++next])
      active.push(d);
    let cutAt = length;
    const waiting = locals[next];
    if (waiting && waiting.from < cutAt) cutAt = waiting.from;
    for (const d of active) if (d.to < cutAt) cutAt = d.to;
    // Never a piece of no text (ProseMirror's own walk would not end either).
    if (cutAt <= offset) cutAt = length;
    pieces.push({ from: offset, to: cutAt, keys: active.map((d) => d.key) });
    offset = cutAt;
  }
  return pieces;
}
