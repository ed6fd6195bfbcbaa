/**
 * A code point offset as UTF-16 units (what JavaScript's string indices and doccano count).
 * @example utf16Offset('😀 IBM', 2) === 3
 */
export function utf16Offset(text: string, codePoint: number): number {
  return [...text].slice(0, codePoint).join('').length;
}
