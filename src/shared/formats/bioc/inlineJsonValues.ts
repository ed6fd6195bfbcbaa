import { scanJson, type JsonPathKey } from '../common';

/** By path (as `JSON.stringify(path)`), the source text of a JSON value. */
export type InlineValues = ReadonlyMap<string, string>;

/**
 * The lists and objects of an indented JSON text written on one line (`"normalized": [7227]`
 * where an indenting writer would break it), by path, as written: so a value BioC has no
 * element for is written back on its line. Empty ones are left out (every writer keeps `[]`).
 * @example inlineJsonValues('{\n  "a": [1, 2]\n}').get('["a"]') === '[1, 2]'
 */
export function inlineJsonValues(src: string): InlineValues {
  const found = new Map<string, string>();
  scanJson(src, (path: readonly JsonPathKey[], offset) => {
    const open = src[offset];
    if (open !== '[' && open !== '{') return false;
    const end = sameLineEnd(src, offset);
    if (end > 0 && /\S/.test(src.slice(offset + 1, end - 1)))
      found.set(JSON.stringify(path), src.slice(offset, end));
    return false;
  });
  return found;
}

/** Where the list or object opening at `start` ends when it closes on its line, else -1. */
function sameLineEnd(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\n') return -1;
    if (c === '"') {
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
    } else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i + 1;
  }
  return -1;
}
