import { createOffsetIndex, utf16Units, type CodePointOffset } from '../spans/offsets';

/** A match of a string in a text, in code points, with keyword-in-context around it. */
export interface Occurrence {
  readonly start: CodePointOffset;
  readonly end: CodePointOffset;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;

function isWordChar(char: string | undefined): boolean {
  return !!char && WORD.test(char);
}

/**
 * Every occurrence of `needle` in `text` (whole words unless `wholeWord` is false; case
 * sensitive unless `ignoreCase`), with up to `context` characters either side.
 * @example findOccurrences('Iraq and Iraqi', 'Iraq').length === 1
 */
export function findOccurrences(
  text: string,
  needle: string,
  options: { wholeWord?: boolean; ignoreCase?: boolean; context?: number; limit?: number } = {},
): Occurrence[] {
  if (!needle) return [];
  const { wholeWord = true, ignoreCase = false, context = 40, limit = 10_000 } = options;
  const haystack = ignoreCase ? text.toLowerCase() : text;
  const sought = ignoreCase ? needle.toLowerCase() : needle;
  const index = createOffsetIndex(text);
  const found: Occurrence[] = [];
  for (
    let at = haystack.indexOf(sought);
    at >= 0 && found.length < limit;
    at = haystack.indexOf(sought, at + 1)
  ) {
    const end = at + sought.length;
    if (ignoreCase && haystack.length !== text.length) break;
    if (wholeWord && (isWordChar(text[at - 1]) || isWordChar(text[end]))) continue;
    const [from, to] = [utf16Units(at), utf16Units(end)];
    if (!index.isUtf16Boundary(from) || !index.isUtf16Boundary(to)) continue;
    found.push({
      start: index.toCodePoint(from),
      end: index.toCodePoint(to),
      before: text.slice(Math.max(0, at - context), at).replace(/\s+/g, ' '),
      match: text.slice(at, end),
      after: text.slice(end, end + context).replace(/\s+/g, ' '),
    });
  }
  return found;
}
