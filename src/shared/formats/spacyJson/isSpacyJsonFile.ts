import { stripByteOrderMark } from '../common';

/** How much of a file the test reads: the first document's keys come long before. */
const HEAD = 1 << 20;

/**
 * Whether a JSON file is spaCy's JSON training format: a list whose first element is an
 * object with a `"paragraphs"` list among its own keys. Reads the head only (one scan, no
 * parse), so a file of hundreds of megabytes is placed without being parsed twice.
 * @example isSpacyJsonFile('[{"id": 0, "paragraphs": [{"raw": "EU"}]}]') === true
 */
export function isSpacyJsonFile(content: string): boolean {
  const src = stripByteOrderMark(content).slice(0, HEAD);
  const open = /^\s*\[\s*\{/.exec(src);
  if (!open) return false;
  let depth = 1; // inside the first object
  for (let i = open[0].length; i < src.length; i++) {
    const c = src[i];
    if (c === '"') {
      const close = stringEnd(src, i);
      if (close < 0) return false;
      const key = depth === 1 && src.slice(i, close + 1) === '"paragraphs"';
      if (key && /^\s*:\s*\[/.test(src.slice(close + 1, close + 64))) return true;
      i = close;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return false;
    }
  }
  return false;
}

/** The index of the quote closing the string opened at `at`, or -1. */
function stringEnd(src: string, at: number): number {
  for (let i = at + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '"') return i;
  }
  return -1;
}
