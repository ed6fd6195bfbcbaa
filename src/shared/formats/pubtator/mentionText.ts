import { codePoints, type OffsetIndex } from '../../spans';

/**
 * The text between two offsets as a PubTator mention column holds it: the line break between
 * title and abstract (and any tab or other line break) as a space. Offsets are code points, or
 * UTF-16 units when `utf16`.
 * @example mentionText('Title\nAbstract', index, 3, 8, false) === 'le Ab'
 */
export function mentionText(
  text: string,
  index: OffsetIndex,
  start: number,
  end: number,
  utf16: boolean,
): string {
  const from = utf16 ? start : index.toUtf16(codePoints(start));
  const to = utf16 ? end : index.toUtf16(codePoints(end));
  return text.slice(from, to).replace(/[\t\r\n]/g, ' ');
}
