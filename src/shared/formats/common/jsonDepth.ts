/** Nesting Loupe reads in a JSON file: far beyond any format's (spaCy's is 6), short of the stack's. */
export const MAX_JSON_DEPTH = 512;

/**
 * How deep `value` nests arrays and objects, counted without recursion (a damaged file may nest
 * 100 000 deep), stopping once past `limit`.
 * @example jsonDepth([[1], {a: [2]}]) === 3
 */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}
