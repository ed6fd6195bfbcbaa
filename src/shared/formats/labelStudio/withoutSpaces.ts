/**
 * The text without its whitespace: Label Studio's `value.text` is the browser's selection,
 * which may add or drop spaces and line breaks the task's text has or lacks.
 * @example withoutSpaces('Skywalker . OG') === 'Skywalker.OG'
 */
export function withoutSpaces(value: string): string {
  return value.replace(/\s+/gu, '');
}
