import { scanJson } from './jsonScan';
import type { JsonPathKey } from './jsonScan';
import { createLineIndex } from './lineAt';
import { stripByteOrderMark } from './splitLines';

/**
 * The 1-based line where each path's value starts, in one scan of `content`. A path
 * that does not exist (a missing key) falls back to its nearest existing parent.
 * @example jsonPathLines('[\n {"a": 1}\n]', [[0, 'a']]) → [2]
 */
export function jsonPathLines(
  content: string,
  paths: readonly (readonly JsonPathKey[])[],
): number[] {
  const src = stripByteOrderMark(content);
  const wanted = new Set<string>();
  for (const path of paths) {
    for (let depth = 0; depth <= path.length; depth++)
      wanted.add(JSON.stringify(path.slice(0, depth)));
  }
  const offsets = new Map<string, number>();
  scanJson(src, (path, offset) => {
    const key = JSON.stringify(path);
    if (wanted.has(key) && !offsets.has(key)) offsets.set(key, offset);
    return offsets.size === wanted.size;
  });
  const lineOf = createLineIndex(src);
  return paths.map((path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const offset = offsets.get(JSON.stringify(path.slice(0, depth)));
      if (offset !== undefined) return lineOf(offset);
    }
    return 1;
  });
}
