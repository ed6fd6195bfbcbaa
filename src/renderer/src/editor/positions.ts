import type { z } from 'zod';
import { itemAt, lastAtOrBelow as lastInOrder } from '../../../shared/collections';
import { createOffsetIndex, utf16Units, type CodePointOffset } from '../../../shared/spans';

/**
 * A ProseMirror document position: counts UTF-16 units plus two per paragraph boundary.
 * Branded apart from code point and UTF-16 offsets; only this file converts between them.
 */
export type PmPosition = number & z.$brand<'PmPosition'>;

/** A number known to be a ProseMirror position (what ProseMirror's own APIs answer). */
export function pmPosition(n: number): PmPosition {
  return n as PmPosition;
}

/**
 * The only place code point offsets become ProseMirror positions and back. The text is
 * shown one paragraph per line; line terminators (\n, \r\n, \r) are not in the editor
 * but still count in offsets.
 */
export interface PositionMap {
  readonly lines: readonly string[];
  toPos(at: CodePointOffset): PmPosition;
  fromPos(pos: PmPosition): CodePointOffset;
}

/** The index of the last of `sorted` at or below `value` (0 when none is). */
function lastAtOrBelow(sorted: readonly number[], value: number): number {
  return Math.max(
    0,
    lastInOrder(sorted.length, (i) => itemAt(sorted, i), value),
  );
}

/** Builds the map for a document's text. @example createPositionMap('ab\ncd').toPos(3) === 5 */
export function createPositionMap(text: string): PositionMap {
  const index = createOffsetIndex(text);
  const lines: string[] = [];
  const lineStarts: number[] = [];
  const pmStarts: number[] = [];
  const terminator = /\r\n|\n|\r/g;
  let start = 0;
  let pm = 1;
  const push = (end: number): void => {
    lines.push(text.slice(start, end));
    lineStarts.push(start);
    pmStarts.push(pm);
    pm += end - start + 2;
  };
  for (let m = terminator.exec(text); m; m = terminator.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return {
    lines,
    toPos(at) {
      const u16 = index.toUtf16(at);
      const i = lastAtOrBelow(lineStarts, u16);
      const inLine = Math.min(u16 - itemAt(lineStarts, i), itemAt(lines, i).length);
      return pmPosition(itemAt(pmStarts, i) + inLine);
    },
    fromPos(pos) {
      const i = lastAtOrBelow(pmStarts, pos);
      const length = itemAt(lines, i).length;
      const inLine = Math.max(0, Math.min(pos - itemAt(pmStarts, i), length));
      return index.toCodePoint(utf16Units(itemAt(lineStarts, i) + inLine));
    },
  };
}

/** The TipTap/ProseMirror JSON of a text: one paragraph per line, text never parsed as HTML. */
export function toEditorContent(lines: readonly string[]): { type: 'doc'; content: object[] } {
  return {
    type: 'doc',
    content: lines.map((line) =>
      line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' },
    ),
  };
}
