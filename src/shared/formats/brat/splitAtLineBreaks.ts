import { itemAt } from '../../collections/itemAt';
import { fragmentOf, type Fragment, type OffsetIndex } from '../../spans';

/** Every character a line reader (Python's splitlines included) ends a line at. */
const BREAKS = new Set(
  [0x0a, 0x0d, 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029].map((c) =>
    String.fromCharCode(c),
  ),
);
const IS_SPACE = /^\s$/u;

/** Each line break character replaced by `by`. @example replaceLineBreaks('a\r\nb', ' ') === 'a  b' */
export function replaceLineBreaks(text: string, by: string): string {
  let out = '';
  for (const char of text) out += BREAKS.has(char) ? by : char;
  return out;
}

/**
 * brat's `.ann` is line-based, so a fragment crossing a line break is split there, as
 * brat does when an annotator selects across lines: the breaks and the whitespace
 * beside each cut are left out; the fragment's outer ends stay. An empty result means
 * the span holds nothing but line breaks and whitespace.
 * @example splitAtLineBreaks('Mike\r\nPompeo', index, [{start:0,end:12}]) → [{start:0,end:4}, {start:6,end:12}]
 */
export function splitAtLineBreaks(
  text: string,
  index: OffsetIndex,
  fragments: readonly Fragment[],
): Fragment[] {
  const result: Fragment[] = [];
  for (const fragment of fragments) {
    const chars = Array.from(
      text.slice(index.toUtf16(fragment.start), index.toUtf16(fragment.end)),
    );
    if (!chars.some((c) => BREAKS.has(c))) {
      result.push(fragment);
      continue;
    }
    let pieceStart = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (i < chars.length && !BREAKS.has(itemAt(chars, i))) continue;
      let start = pieceStart;
      let end = i;
      if (start > 0) while (start < end && IS_SPACE.test(itemAt(chars, start))) start++;
      if (end < chars.length) while (end > start && IS_SPACE.test(itemAt(chars, end - 1))) end--;
      if (end > start) result.push(fragmentOf(fragment.start + start, fragment.start + end));
      pieceStart = i + 1;
    }
  }
  return result;
}
