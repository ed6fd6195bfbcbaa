import { itemAt } from '../../collections';
/** One step of a path into a JSON value: an object key or an array index. */
export type JsonPathKey = string | number;

/** Where and why a text is not JSON; `offset` is in UTF-16 units. */
export interface JsonProblem {
  readonly offset: number;
  readonly reason: string;
}

/** Called at the start of every value; return true to stop scanning. */
export type JsonValueVisitor = (path: readonly JsonPathKey[], offset: number) => boolean;

interface Frame {
  readonly kind: 'object' | 'array';
  key: JsonPathKey;
}

type State = 'value' | 'firstValue' | 'key' | 'firstKey' | 'after';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const TRUNCATED = 'unexpected end of input (the file looks truncated)';

/**
 * Scans RFC 8259 JSON without building it: finds the first syntax problem (with a
 * reason a person can act on) and reports each value's path and offset to `visit`.
 * Iterative, so deeply nested input cannot overflow the stack.
 * @example scanJson('{"a": [1,]}') → { offset: 9, reason: "trailing comma before ']'" }
 */
export function scanJson(src: string, visit?: JsonValueVisitor): JsonProblem | null {
  if (src.trim() === '') return { offset: 0, reason: 'the file is empty; expected JSON' };
  const stack: Frame[] = [];
  const path: JsonPathKey[] = [];
  let i = skipSpace(src, 0);
  let state: State = 'value';
  for (;;) {
    if (state === 'after') {
      const frame = stack[stack.length - 1];
      if (!frame)
        return i < src.length
          ? { offset: i, reason: `unexpected ${describe(src, i)} after the JSON value` }
          : null;
      if (i >= src.length) return { offset: i, reason: TRUNCATED };
      const close = frame.kind === 'array' ? ']' : '}';
      if (src[i] === close) {
        stack.pop();
        path.pop();
        i = skipSpace(src, i + 1);
        continue;
      }
      if (src[i] !== ',')
        return { offset: i, reason: `expected ',' or '${close}', found ${describe(src, i)}` };
      i = skipSpace(src, i + 1);
      if (frame.kind === 'array') frame.key = (frame.key as number) + 1;
      path[path.length - 1] = frame.key;
      state = frame.kind === 'array' ? 'value' : 'key';
      continue;
    }
    if (i >= src.length) return { offset: i, reason: TRUNCATED };
    if (state === 'key' || state === 'firstKey') {
      const next = scanKey(src, i, state === 'firstKey', stack, path);
      if ('reason' in next) return next;
      i = next.end;
      state = next.closed ? 'after' : 'value';
      continue;
    }
    if (state === 'firstValue' && src[i] === ']') {
      stack.pop();
      path.pop();
      i = skipSpace(src, i + 1);
      state = 'after';
      continue;
    }
    if (src[i] === ']' && stack[stack.length - 1]?.kind === 'array') {
      return { offset: i, reason: "trailing comma before ']'" };
    }
    if (visit?.(path, i)) return null;
    const opened = src[i] === '{' ? 'object' : src[i] === '[' ? 'array' : null;
    if (opened) {
      stack.push({ kind: opened, key: opened === 'array' ? 0 : '' });
      path.push(opened === 'array' ? 0 : '');
      i = skipSpace(src, i + 1);
      state = opened === 'array' ? 'firstValue' : 'firstKey';
      continue;
    }
    const end = scanScalar(src, i);
    if (typeof end !== 'number') return end;
    i = skipSpace(src, end);
    state = 'after';
  }
}

function scanKey(
  src: string,
  i: number,
  first: boolean,
  stack: Frame[],
  path: JsonPathKey[],
): JsonProblem | { end: number; closed: boolean } {
  if (src[i] === '}') {
    if (!first) return { offset: i, reason: "trailing comma before '}'" };
    stack.pop();
    path.pop();
    return { end: skipSpace(src, i + 1), closed: true };
  }
  if (src[i] !== '"')
    return {
      offset: i,
      reason: `expected a property name in double quotes, found ${describe(src, i)}`,
    };
  const end = scanString(src, i);
  if (typeof end !== 'number') return end;
  const key = JSON.parse(src.slice(i, end)) as string;
  itemAt(stack, stack.length - 1).key = key;
  path[path.length - 1] = key;
  const colon = skipSpace(src, end);
  if (colon >= src.length) return { offset: colon, reason: TRUNCATED };
  if (src[colon] !== ':')
    return {
      offset: colon,
      reason: `expected ':' after a property name, found ${describe(src, colon)}`,
    };
  return { end: skipSpace(src, colon + 1), closed: false };
}

function scanScalar(src: string, i: number): number | JsonProblem {
  const c = itemAt(src, i);
  if (c === '"') return scanString(src, i);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(src);
    if (!match) return { offset: i, reason: `bad number starting with ${describe(src, i)}` };
    return i + match[0].length;
  }
  for (const literal of ['true', 'false', 'null']) {
    if (src.startsWith(literal, i)) return i + literal.length;
  }
  if (c === "'")
    return { offset: i, reason: 'strings must use double quotes, found a single quote' };
  return { offset: i, reason: `unexpected ${describe(src, i)}; expected a JSON value` };
}

function scanString(src: string, start: number): number | JsonProblem {
  for (let i = start + 1; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, reason: `unescaped ${describe(src, i)} inside a string` };
    if (code !== 0x5c) continue;
    const escape = src[i + 1];
    if (escape === undefined) break;
    if (escape === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6)))
        return { offset: i, reason: 'bad \\u escape: expected 4 hex digits' };
      i += 5;
    } else if ('"\\/bfnrt'.includes(escape)) {
      i++;
    } else {
      return { offset: i, reason: `bad escape '\\${escape}' inside a string` };
    }
  }
  return { offset: src.length, reason: 'unterminated string (the file looks truncated)' };
}

function skipSpace(src: string, i: number): number {
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

function describe(src: string, i: number): string {
  if (i >= src.length) return 'end of input';
  const code = src.codePointAt(i) as number;
  if (code === 0x0a || code === 0x0d) return 'a line break';
  if (code < 0x20 || code === 0x7f)
    return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(code)}'`;
}
