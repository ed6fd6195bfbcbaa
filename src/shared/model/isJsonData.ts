/* A module of its own, without zod: the window's first screen checks kept JSON with it. */

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
