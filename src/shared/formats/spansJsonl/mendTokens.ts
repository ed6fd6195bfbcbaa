import type { OffsetIndex } from '../../spans';
import { codePoints } from '../../spans';
import { isPythonSpace } from '../../text';

/**
 * Where a whitespace token whose offsets do not hold its text belongs, when that is
 * unambiguous: its text occurs exactly once in the gap between its neighbours' offsets
 * (`from`, the token before's end, 0 for the first; `to`, the token after's start, the text's
 * end for the last; code points), and the rest of that gap is whitespace. Some tokenizers fed
 * to Prodigy wrote `"\n\t"` at the offsets of another sentence's first word
 * (vidosuba/slovak-NER's exports). Null when the token is no whitespace or the gap does not say.
 * @example mendedExtent('a .\n\tb', index, '\n\t', 3, 5) → { start: 3, end: 5 }
 */
export function mendedExtent(
  text: string,
  index: OffsetIndex,
  token: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  if (token === '' || !onlySpace(token, 0, token.length)) return null;
  if (from < 0 || to < from || to > index.codePointLength) return null;
  const gap = text.slice(index.toUtf16(codePoints(from)), index.toUtf16(codePoints(to)));
  const at = gap.indexOf(token);
  if (at < 0 || gap.indexOf(token, at + 1) >= 0) return null;
  if (!onlySpace(gap, 0, at) || !onlySpace(gap, at + token.length, gap.length)) return null;
  const start = from + [...gap.slice(0, at)].length;
  return { start, end: start + [...token].length };
}

/** Whether text[from, to) is whitespace only (Python's `str.isspace()`, as spaCy splits). */
export function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPythonSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * What a record keeps when some of its tokens were mended (see {@link mendedExtent}): a
 * fingerprint of its text, so an export writes the file's tokens back as they were (their
 * offsets too) while the text is the one they came with, and consistent ones once it is edited.
 * @example textPrint('a b') === '3:…'
 */
export function textPrint(text: string): string {
  // FNV-1a over the UTF-16 units, with the length: enough to tell an edited text.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}:${h.toString(16)}`;
}
