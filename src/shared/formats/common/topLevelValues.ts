import { createLineIndex } from './lineAt';

/** A JSON object or array in a text: where it starts and ends (UTF-16 offsets, end exclusive), and the line it starts on. */
export interface JsonExtent {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/**
 * The objects and arrays of a text of JSON values one after another (strings skipped whole),
 * each with where it is; none when the brackets do not balance.
 * @example topLevelValues('{"a": 1}\n{"b": [2]}') → [{ start: 0, end: 8, line: 1 }, { start: 9, end: 19, line: 2 }]
 */
export function topLevelValues(src: string): JsonExtent[] {
  const values: JsonExtent[] = [];
  const lineOf = createLineIndex(src);
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0 && start >= 0) {
        values.push({ start, end: i + 1, line: lineOf(start) });
        start = -1;
      }
      if (depth < 0) return [];
    }
  }
  return depth === 0 ? values : [];
}

/**
 * The objects and arrays a text's top-level JSON array holds, where they are in the text.
 * @example arrayElements('[\n\t{"a": 1},\n\t{"b": 2}\n]') → [{ start: 3, end: 11, line: 2 }, { start: 14, end: 22, line: 3 }]
 */
export function arrayElements(src: string): JsonExtent[] {
  const open = src.indexOf('[');
  const close = src.lastIndexOf(']');
  if (open < 0 || close < open) return [];
  const lineOf = createLineIndex(src);
  return topLevelValues(src.slice(open + 1, close)).map(({ start, end }) => ({
    start: start + open + 1,
    end: end + open + 1,
    line: lineOf(start + open + 1),
  }));
}
