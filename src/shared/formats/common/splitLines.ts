/** One line of a line-based file, with its 1-based number and without its line ending. */
export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Splits on LF and drops a CR before it (CRLF files); a final empty line is not returned.
 * @example splitLines('a\r\nb\n') → [{ line: 1, text: 'a' }, { line: 2, text: 'b' }]
 */
export function splitLines(content: string): NumberedLine[] {
  const parts = stripByteOrderMark(content).split('\n');
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((text, i) => ({
    line: i + 1,
    text: text.endsWith('\r') ? text.slice(0, -1) : text,
  }));
}

/** A leading U+FEFF is an encoding mark in structured files, never content. @example stripByteOrderMark('\uFEFF{}') === '{}' */
export function stripByteOrderMark(content: string): string {
  return content.startsWith('\uFEFF') ? content.slice(1) : content;
}
