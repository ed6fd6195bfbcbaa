import { scanJson, type JsonPathKey } from '../common';

/** By path (as `JSON.stringify(path)`), the source text of a JSON value. */
export type InlineValues = ReadonlyMap<string, string>;

/**
 * The lists and objects of an indented JSON text written on one line (`"normalized": [7227]`
 * where an indenting writer would break it), by path, as written: so a value BioC has no
 * element for is written back on its line. Empty ones are left out (every writer keeps `[]`).
 * Two linear scans: one for where such values start and end, one for their paths.
 * @example inlineJsonValues('{\n  "a": [1, 2]\n}').get('["a"]') === '[1, 2]'
 */
export function inlineJsonValues(src: string): InlineValues {
  const ends = lineContainers(src);
  const found = new Map<string, string>();
  if (ends.size === 0) return found;
  scanJson(src, (path: readonly JsonPathKey[], offset) => {
    const end = ends.get(offset);
    if (end !== undefined) found.set(JSON.stringify(path), src.slice(offset, end));
    return false;
  });
  return found;
}

/** By start offset, the end of each non-empty list or object that closes on the line it opens on. */
function lineContainers(src: string): Map<number, number> {
  const ends = new Map<number, number>();
  const open: { start: number; filled: boolean }[] = [];
  let lineStart = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\n') lineStart = i + 1;
    else if (c === '[' || c === '{') {
      const top = open.at(-1);
      if (top) top.filled = true;
      open.push({ start: i, filled: false });
    } else if (c === ']' || c === '}') {
      const frame = open.pop();
      if (frame && frame.filled && frame.start >= lineStart) ends.set(frame.start, i + 1);
    } else if (c !== ' ' && c !== '\t' && c !== '\r') {
      const top = open.at(-1);
      if (top) top.filled = true;
      if (c === '"') for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
    }
  }
  return ends;
}
