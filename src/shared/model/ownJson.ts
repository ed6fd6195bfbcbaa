import { z } from 'zod';

/** A JSON value: what `JSON.parse` gives. */
export type JsonData = null | boolean | number | string | JsonData[] | { [key: string]: JsonData };

/**
 * Whether `value` is JSON data: null, a boolean, a finite number, a string, or arrays and plain
 * objects of those, nested at most `maxDepth` deep. Walked without recursion: a damaged file may
 * nest 100 000 deep.
 * @example isJsonData({ a: [1, 'b', null] }) === true && isJsonData({ a: undefined }) === false
 */
export function isJsonData(value: unknown, maxDepth = Infinity): value is JsonData {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (Number.isFinite(item)) continue;
      return false;
    }
    if (typeof item !== 'object' || depth >= maxDepth) return false;
    if (!Array.isArray(item) && !isPlainObject(item)) return false;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}

function isPlainObject(item: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(item);
  return prototype === Object.prototype || prototype === null;
}

/**
 * JSON data kept as it came: like `z.json()`, but a key named `__proto__`, at any depth, stays an
 * ordinary own key (zod's copy drops it, since assigning it would replace the prototype), so a
 * field a file kept is never silently lost. The value is checked, not copied.
 * @example ownJson.parse(JSON.parse('{"__proto__": {"x": 1}}')) → own key __proto__: { x: 1 }
 */
export const ownJson = z.custom<JsonData>(
  (input) => isJsonData(input),
  'expected JSON data (null, true or false, a number, a string, or arrays and objects of those)',
);
