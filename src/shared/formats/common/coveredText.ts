import type { Fragment, OffsetIndex } from '../../spans';

/**
 * The text under code point fragments, joined with a space (brat's and Loupe's
 * convention for discontinuous spans).
 * @example coveredText('Mike R. Pompeo', index, [{start:0,end:4},{start:8,end:14}]) === 'Mike Pompeo'
 */
export function coveredText(
  text: string,
  index: OffsetIndex,
  fragments: readonly Fragment[],
): string {
  return fragments.map((f) => text.slice(index.toUtf16(f.start), index.toUtf16(f.end))).join(' ');
}

/**
 * The reason for a covered-text disagreement, with a hint when the offsets would fit
 * if they counted UTF-16 units (a common mistake of JavaScript tools).
 * @example textMismatch('IBM', 'IBN', false) === 'text disagrees with the document at these offsets: expected "IBM", found "IBN"'
 */
export function textMismatch(expected: string, found: string, fitsAsUtf16: boolean): string {
  const hint = fitsAsUtf16 ? ' (these offsets count UTF-16 units; Loupe expects code points)' : '';
  return `text disagrees with the document at these offsets: expected ${quote(expected)}, found ${quote(found)}${hint}`;
}

/** True when `found` is what the fragments cover if their offsets counted UTF-16 units. */
export function fitsAsUtf16(text: string, fragments: readonly Fragment[], found: string): boolean {
  if (fragments.some((f) => f.end > text.length)) return false;
  return fragments.map((f) => text.slice(f.start, f.end)).join(' ') === found;
}

function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return JSON.stringify(shown);
}
