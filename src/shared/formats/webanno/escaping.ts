/** What a backslash stands before in a feature value, and what it means (WebAnno TSV 3.2+). */
const VALUE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\'],
  ['[', '['],
  [']', ']'],
  ['|', '|'],
  ['_', '_'],
  [';', ';'],
  ['t', '\t'],
  ['n', '\n'],
  ['*', '*'],
]);

/** Escapes of `#Text=` lines in 3.2 and later: readable ones, and a backslash before a raw control character. */
const TEXT_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\'],
  ['t', '\t'],
  ['n', '\n'],
  ['f', '\f'],
  ['r', '\r'],
  ['b', '\b'],
]);

/** Java string escapes (`unescapeJava`), which 3.0 and 3.1 wrote in `#Text=` lines. */
const JAVA_ESCAPES: ReadonlyMap<string, string> = new Map([
  ...TEXT_ESCAPES,
  ['"', '"'],
  ["'", "'"],
]);

/**
 * A feature value as INCEpTION wrote it, unescaped: `\[`, `\]`, `\|`, `\_`, `\;`, `\*`, `\t`,
 * `\n`, `\\` and `\->` (which stands for `->`); a backslash before anything else stays.
 * @example unescapeValue('a\\|b\\_c') === 'a|b_c'
 */
export function unescapeValue(value: string): string {
  if (!value.includes('\\')) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    const next = value.charAt(i + 1);
    if (c === '\\' && value.startsWith('->', i + 1)) {
      out += '->';
      i += 2;
    } else if (c === '\\' && VALUE_ESCAPES.has(next)) {
      out += VALUE_ESCAPES.get(next) ?? next;
      i++;
    } else out += c;
  }
  return out;
}

/**
 * A `#Text=` line's text unescaped for the file's format version: 3.2 and later escape
 * control characters and the backslash, 3.1 wrote Java string escapes, and WebAnno's reader
 * takes the text of a `WebAnno TSV 3` file (minor version 0) as written.
 * @example unescapeText('a\\tb', 3) === 'a\tb'
 */
export function unescapeText(text: string, minorVersion: number): string {
  if (minorVersion === 0 || !text.includes('\\')) return text;
  const java = minorVersion <= 1;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (c !== '\\' || next === '') {
      out += c;
    } else if (java && next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 5;
    } else if ((java ? JAVA_ESCAPES : TEXT_ESCAPES).has(next)) {
      out += (java ? JAVA_ESCAPES : TEXT_ESCAPES).get(next) ?? next;
      i++;
    } else if (!java && next.charCodeAt(0) < 32) {
      out += next; // 3.2+: a backslash before a raw control character
      i++;
    } else out += c;
  }
  return out;
}

/**
 * Splits a cell at every `separator` not right after a backslash, as INCEpTION's reader
 * does (stacked values at `|`, slot fillers at `;`).
 * @example splitUnescaped('A[1]|B\\|C', '|') → ['A[1]', 'B\\|C']
 */
export function splitUnescaped(cell: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    if (cell.charAt(i) === separator && cell.charAt(i - 1) !== '\\') {
      parts.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(cell.slice(start));
  return parts;
}

/** A value and the bracketed suffix INCEpTION added to tell annotations apart (`PER[1]`, `1-1[1_3]`). */
export interface Disambiguated {
  readonly value: string;
  readonly suffix: string | null;
}

/**
 * Takes off a value's disambiguation suffix `[…]` (not an escaped `\]`).
 * @example disambiguated('PER[2]') → { value: 'PER', suffix: '2' }
 */
export function disambiguated(raw: string): Disambiguated {
  if (raw.endsWith(']') && !raw.endsWith('\\]')) {
    const open = raw.lastIndexOf('[');
    if (open >= 0) return { value: raw.slice(0, open), suffix: raw.slice(open + 1, -1) };
  }
  return { value: raw, suffix: null };
}

/** What INCEpTION escapes in a feature value, in the order it looks for them (`->` as one unit). */
const VALUE_RESERVED: readonly (readonly [string, string])[] = [
  ['\\', '\\\\'],
  ['[', '\\['],
  [']', '\\]'],
  ['|', '\\|'],
  ['_', '\\_'],
  ['->', '\\->'],
  [';', '\\;'],
  ['\t', '\\t'],
  ['\n', '\\n'],
  ['*', '\\*'],
];

/**
 * A feature value escaped as INCEpTION writes it (the inverse of {@link unescapeValue}).
 * @example escapeValue('a|b_c') === 'a\\|b\\_c'
 */
export function escapeValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const hit = VALUE_RESERVED.find(([raw]) => value.startsWith(raw, i));
    out += hit ? hit[1] : value.charAt(i);
    if (hit) i += hit[0].length - 1;
  }
  return out;
}

/** Readable escapes of `#Text=` lines (3.2+); other control characters get a backslash before them. */
const TEXT_RESERVED: ReadonlyMap<string, string> = new Map([
  ['\t', '\\t'],
  ['\n', '\\n'],
  ['\f', '\\f'],
  ['\r', '\\r'],
  ['\b', '\\b'],
  ['\\', '\\\\'],
]);

/**
 * One line of a sentence's text escaped as INCEpTION writes `#Text=` lines in 3.2 and later.
 * @example escapeText('a\tb\\') === 'a\\tb\\\\'
 */
export function escapeText(text: string): string {
  let out = '';
  for (const c of text) {
    const readable = TEXT_RESERVED.get(c);
    const code = c.charCodeAt(0);
    if (readable !== undefined) out += readable;
    else if (code < 32 && (code < 8 || code > 13)) out += `\\${c}`;
    else out += c;
  }
  return out;
}
