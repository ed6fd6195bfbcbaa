/** One member of a JSON object as its text has it: the key (parsed and as written), what lies between it and its value, the value's text. */
export interface ObjectEntry {
  readonly key: string;
  readonly keyText: string;
  readonly colon: string;
  readonly valueText: string;
}

/** A JSON object's text cut into its members and what lies around them (`lead` after `{`, `separators` between members, `trail` before `}`). */
export interface ObjectEntries {
  readonly lead: string;
  readonly entries: readonly ObjectEntry[];
  readonly separators: readonly string[];
  readonly trail: string;
}

/**
 * The members of a JSON object's text, each as written; null when the text is not one object.
 * @example objectEntries('{"a" : 1, "b": [2]}')?.entries → [{ key: 'a', keyText: '"a"', colon: ' : ', valueText: '1' }, { key: 'b', keyText: '"b"', colon: ': ', valueText: '[2]' }]
 */
export function objectEntries(text: string): ObjectEntries | null {
  if (text[0] !== '{' || text[text.length - 1] !== '}') return null;
  const entries: ObjectEntry[] = [];
  const separators: string[] = [];
  let at = spaceEnd(text, 1);
  const lead = text.slice(1, at);
  if (text[at] === '}')
    return at === text.length - 1 ? { lead, entries, separators, trail: '' } : null;
  for (;;) {
    const keyEnd = valueEnd(text, at);
    if (text[at] !== '"' || keyEnd < 0) return null;
    const keyText = text.slice(at, keyEnd);
    const colonEnd = spaceEnd(text, spaceEnd(text, keyEnd) + 1);
    if (text[spaceEnd(text, keyEnd)] !== ':') return null;
    const end = valueEnd(text, colonEnd);
    if (end < 0) return null;
    const key = parsedKey(keyText);
    if (key === null) return null;
    entries.push({
      key,
      keyText,
      colon: text.slice(keyEnd, colonEnd),
      valueText: text.slice(colonEnd, end),
    });
    const next = spaceEnd(text, end);
    if (text[next] === '}')
      return next === text.length - 1
        ? { lead, entries, separators, trail: text.slice(end, next) }
        : null;
    if (text[next] !== ',') return null;
    at = spaceEnd(text, next + 1);
    separators.push(text.slice(end, at));
  }
}

/** A key's JSON string parsed; null when it is none. */
function parsedKey(keyText: string): string | null {
  try {
    const key: unknown = JSON.parse(keyText);
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

/** Where the white space from `at` on ends. */
function spaceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/u.test(text[i] ?? '')) i++;
  return i;
}

/** Where the JSON value starting at `at` ends (a string, an object or array with what it holds, a number or literal); -1 when it does not. */
function valueEnd(text: string, at: number): number {
  const first = text[at];
  if (first === undefined) return -1;
  if (first !== '"' && first !== '{' && first !== '[') {
    const match = /[^\s,\]}]+/y;
    match.lastIndex = at;
    return match.exec(text) ? match.lastIndex : -1;
  }
  let depth = 0;
  let inString = false;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
