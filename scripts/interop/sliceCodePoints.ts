/**
 * Python's `text[start:end]`: code point offsets, end exclusive.
 * @example sliceCodePoints('😀 Iraq', 2, 6) === 'Iraq'
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
