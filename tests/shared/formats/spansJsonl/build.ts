/** A Prodigy/spaCy span, token indices optional (`token_end` inclusive). */
export function jsonSpan(
  start: number,
  end: number,
  label: string,
  tokenStart?: number,
  tokenEnd?: number,
) {
  return tokenStart === undefined
    ? { start, end, label }
    : { start, end, label, token_start: tokenStart, token_end: tokenEnd };
}

export function token(text: string, start: number, end: number, id: number, ws: boolean) {
  return { text, start, end, id, ws };
}

/** The records of a JSON Lines text, parsed. */
export function jsonLines(content: string): Record<string, unknown>[] {
  return content
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
