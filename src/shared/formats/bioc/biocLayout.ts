import { childrenNamed, childText, type BiocElement } from './biocTree';
import type { BiocUnit } from './biocUnits';

export { BIOC_UNITS, UNIT_NAMES, type BiocUnit } from './biocUnits';

/** A piece of text placed at an offset: a passage's text, or a sentence's when the passage has none. */
export interface BiocPiece {
  readonly offset: number;
  readonly text: string;
  readonly line: number;
  /** The `<text>` element the text was read from. */
  readonly source?: BiocElement;
}

/**
 * A document's text in one unit, with the unit offset of each code point (its last entry the
 * text's length in the unit), so offsets convert both ways.
 */
export interface BiocLayout {
  readonly text: string;
  /** The text's code points, one string each. */
  readonly chars: readonly string[];
  readonly unitAt: Int32Array;
  /** Each piece placed, with where its text is in `text` (UTF-16). */
  readonly placed: readonly {
    readonly piece: BiocPiece;
    readonly start: number;
    readonly end: number;
  }[];
}

/** The passages' (or their sentences') texts of a document, with their offsets and lines; a reason when an offset is not a number. */
export function piecesOf(document: BiocElement): BiocPiece[] | { reason: string; line: number } {
  const pieces: BiocPiece[] = [];
  for (const passage of childrenNamed(document, 'passage')) {
    const text = childText(passage, 'text');
    const parts = text === undefined ? childrenNamed(passage, 'sentence') : [passage];
    for (const part of parts) {
      const offset = childText(part, 'offset')?.trim() ?? '';
      if (!/^\d{1,12}$/.test(offset))
        return {
          reason: `${part.name} offset ${JSON.stringify(offset)} is not a number; BioC gives each ${part.name} an <offset> in the document`,
          line: part.line ?? 0,
        };
      const source = childrenNamed(part, 'text')[0];
      pieces.push({
        offset: Number(offset),
        text: childText(part, 'text') ?? '',
        line: part.line ?? 0,
        ...(source ? { source } : {}),
      });
    }
  }
  return pieces;
}

/**
 * Places pieces at their offsets counted in `unit`: a gap of one becomes a line break, a
 * longer one spaces. Returns the piece that overlaps the one before it when one does.
 * `packed` places each piece after the first one character after the one before, whatever
 * its offset says (PubTator's layout: title, line break, abstract).
 * @example layOut([{ offset: 0, text: 'Title', line: 1 }, { offset: 6, text: 'Body', line: 2 }], 'codepoint').text === 'Title\nBody'
 */
export function layOut(
  pieces: readonly BiocPiece[],
  unit: BiocUnit,
  packed = false,
): BiocLayout | { overlap: BiocPiece; before: BiocPiece } {
  const sorted = [...pieces].sort((a, b) => a.offset - b.offset);
  const chars: string[] = [];
  const units: number[] = [];
  const placed: BiocLayout['placed'][number][] = [];
  let at = 0;
  let length = 0;
  let previous: BiocPiece | undefined;
  for (const piece of sorted) {
    if (piece.offset < at && previous && !packed) return { overlap: piece, before: previous };
    const gap = packed && previous ? 1 : piece.offset - at;
    for (let i = 0; i < gap; i++) {
      chars.push(gap === 1 ? '\n' : ' ');
      units.push(at + i);
    }
    at += gap;
    length += gap;
    const start = length;
    for (const char of piece.text) {
      chars.push(char);
      units.push(at);
      at += unitLength(char, unit);
    }
    length += piece.text.length;
    placed.push({ piece, start, end: length });
    previous = piece;
  }
  units.push(at);
  return { text: chars.join(''), chars, unitAt: Int32Array.from(units), placed };
}

/** The length of one code point in `unit`. */
function unitLength(char: string, unit: BiocUnit): number {
  const code = char.codePointAt(0) ?? 0;
  if (unit === 'codepoint') return 1;
  if (unit === 'utf16') return code > 0xffff ? 2 : 1;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The code point at a unit offset, or -1 when the offset falls inside a character or past the end. */
export function codePointAtUnit(layout: BiocLayout, offset: number): number {
  const { unitAt } = layout;
  let low = 0;
  let high = unitAt.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = unitAt[mid] ?? 0;
    if (value === offset) return mid;
    if (value < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
