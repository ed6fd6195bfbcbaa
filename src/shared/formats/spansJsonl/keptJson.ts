/**
 * A member a record kept (tokens, an answered record's spans and relations) as a list: kept as
 * the file's JSON text, or as a list (projects imported before Loupe kept the text); null when
 * that is no list.
 * @example keptList('[{"text":"a"}]') → [{ text: 'a' }]
 */
export function keptList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  const parsed = parsedText(value);
  return Array.isArray(parsed) ? parsed : null;
}

/**
 * The JSON to write of a member a record kept: the file's JSON text it was kept as, or the
 * value's JSON (projects imported before Loupe kept the text, where a string was the value).
 * @example keptJsonText('[{"text":"a"}]') === '[{"text":"a"}]' && keptJsonText('x') === '"x"'
 */
export function keptJsonText(value: unknown): string {
  return typeof value === 'string' && parsedText(value) !== undefined
    ? value
    : JSON.stringify(value);
}

/** The value of a JSON text, or undefined when it is no string or no JSON. */
function parsedText(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
