import { utf16Units, type Fragment, type OffsetIndex } from '../../spans';
import { extentText, FRAGMENT_JOINER, spansAttribute } from './maeXml';

/** What an extent tag's offsets say: fragments (code points), none (a non-consuming tag), or why they are wrong. */
export type ExtentOffsets =
  | { readonly kind: 'fragments'; readonly fragments: readonly Fragment[] }
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly reason: string };

/** Attributes that hold an extent tag's offsets (`spans`; MAE 0.x: `start` and `end`). */
export const OFFSET_ATTRIBUTES: ReadonlySet<string> = new Set(['spans', 'start', 'end']);

/**
 * Reads `spans="s~e,s2~e2"` (or MAE 0.x's `start`/`end`), Java string indices, into code
 * point fragments in text order; `-1~-1`, `-1` or an empty value is a non-consuming tag.
 * @example extentOffsets(new Map([['spans', '4~7']]), index) → { kind: 'fragments', fragments: [{ start: 4, end: 7 }] }
 */
export function extentOffsets(
  attributes: ReadonlyMap<string, string>,
  index: OffsetIndex,
): ExtentOffsets {
  const spans = attributes.get('spans');
  const pairs =
    spans !== undefined
      ? spans.split(',').map((part) => part.split('~'))
      : [[attributes.get('start') ?? '', attributes.get('end') ?? '']];
  if (pairs.every((p) => p.every((v) => v.trim() === '' || v.trim() === '-1')))
    return { kind: 'none' };
  const fragments: Fragment[] = [];
  for (const pair of pairs) {
    const [start, end] = pair.map((v) => (/^\d+$/.test(v.trim()) ? Number(v) : NaN));
    const shown = spans === undefined ? `start="${pair[0]}" end="${pair[1]}"` : pair.join('~');
    if (pair.length !== 2 || start === undefined || end === undefined || !(start >= 0 && end >= 0))
      return { kind: 'error', reason: `offsets ${JSON.stringify(shown)} are not start~end` };
    if (start >= end) return { kind: 'error', reason: `offsets ${shown}: start is not before end` };
    if (end > index.utf16Length)
      return {
        kind: 'error',
        reason: `offsets ${shown} go beyond the text (${index.utf16Length} UTF-16 units long)`,
      };
    const at = [utf16Units(start), utf16Units(end)] as const;
    if (!at.every((u) => index.isUtf16Boundary(u)))
      return { kind: 'error', reason: `offsets ${shown} cut a character in two` };
    fragments.push({ start: index.toCodePoint(at[0]), end: index.toCodePoint(at[1]) });
  }
  fragments.sort((a, b) => a.start - b.start);
  for (let i = 1; i < fragments.length; i++) {
    const before = fragments[i - 1];
    const after = fragments[i];
    if (before && after && after.start < before.end)
      return { kind: 'error', reason: `offsets ${spans ?? ''} overlap` };
  }
  return { kind: 'fragments', fragments };
}

/**
 * Whether a tag's `text` attribute is its fragments' text: as MAE writes it (joined by
 * ` ... `), or joined by a space or nothing, or the whole stretch from first to last, each
 * with tabs and line breaks read as spaces (XML reads them so in an attribute).
 */
export function textFits(
  found: string,
  text: string,
  index: OffsetIndex,
  fragments: readonly Fragment[],
): boolean {
  const pieces = fragments.map((f) => text.slice(index.toUtf16(f.start), index.toUtf16(f.end)));
  const first = fragments[0];
  const last = fragments.at(-1);
  const whole =
    first && last ? text.slice(index.toUtf16(first.start), index.toUtf16(last.end)) : '';
  const spaced = (s: string) => s.replace(/[\t\n\r]/g, ' ');
  const read = spaced(found);
  return [pieces.join(FRAGMENT_JOINER), pieces.join(' '), pieces.join(''), whole].some(
    (candidate) => spaced(candidate) === read,
  );
}

/**
 * Why a text attribute does not fit, and whether the offsets fit it as code points (another
 * tool's file, whose offsets are then wrong: an error; else MAE, which reads the offsets
 * only, would show the tag at its offsets).
 */
export function extentTextProblem(
  found: string,
  text: string,
  index: OffsetIndex,
  fragments: readonly Fragment[],
): { readonly reason: string; readonly codePoints: boolean } {
  const expected = extentText(text, index, fragments);
  const chars = [...text];
  const asCodePoints = fragments
    .map((f) => chars.slice(index.toUtf16(f.start), index.toUtf16(f.end)).join(''))
    .join(FRAGMENT_JOINER);
  const codePoints = asCodePoints === found && expected !== found;
  const hint = codePoints
    ? ' (these offsets count code points; MAE counts UTF-16 units, as Java does)'
    : '';
  const reason = `spans ${spansAttribute(index, fragments)}: text disagrees with the document at these offsets: expected ${JSON.stringify(expected.slice(0, 80))}, found ${JSON.stringify(found.slice(0, 80))}${hint}`;
  return { reason, codePoints };
}
