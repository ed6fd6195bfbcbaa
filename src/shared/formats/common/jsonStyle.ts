import { isRecord } from '../../collections';

/** A file's JSON style, as its first record shows it. */
export interface JsonStyle {
  readonly spaced: boolean;
  readonly ascii: boolean;
}

/**
 * The JSON style of a file: spaced when its first line's first key is followed by `": "`,
 * ASCII when no character past ASCII is written as it is but some are escaped.
 * @example jsonStyleOf('{"text": "caf\\u00e9"}') → { spaced: true, ascii: true }
 */
export function jsonStyleOf(content: string): JsonStyle {
  const first = /^\s*\{\s*"(?:[^"\\]|\\.)*"(\s*):(\s*)/.exec(content);
  const spaced = first !== null && first[1] === '' && first[2] === ' ';
  const ascii =
    !/[\u0080-\uffff]/.test(content) &&
    /\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])/.test(content);
  return { spaced, ascii };
}

/**
 * Compact JSON (as `JSON.stringify` writes it) with a space after each `:` and `,` outside
 * strings when `spaced`, and each UTF-16 unit past ASCII (DEL included, as Python's
 * `ensure_ascii`) as `\uxxxx` when `ascii`.
 * @example restyled('{"a":["é",1]}', { spaced: true, ascii: true }) === '{"a": ["\\u00e9", 1]}'
 */
export function restyled(json: string, style: Partial<JsonStyle>): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      else if (c > 0x7e && style.ascii) {
        out += `${json.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
        from = i + 1;
      }
    } else if (c === 34) inString = true;
    else if ((c === 58 || c === 44) && style.spaced) {
      out += `${json.slice(from, i + 1)} `;
      from = i + 1;
    }
  }
  return out + json.slice(from);
}

/** JSON with every object's keys sorted: equal for values equal but for key order (a project stores keys sorted). */
export function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}
