/**
 * Puts back the fields named `__proto__` that zod left out of `parsed` (it never copies one, as
 * assigning it would replace the value's prototype): wherever `input` holds an own `__proto__`
 * and the parsed value at the same place does not, it is defined on the parsed value as an own
 * data field, so a layer or manifest keeps it when Loupe writes the file back, as it keeps any
 * field it does not model. Walks the fields both hold (files are at most 512 levels deep).
 * Returns `parsed`. A first scan of `input` alone, which allocates nothing, settles the usual case
 * of no such field at all (a 220k-span layer: about 20 ms, where the paired walk takes seconds).
 * @example keepProtoFields(JSON.parse('{"a":{"__proto__":1}}'), { a: {} }) // { a: { __proto__: 1 } } (own field)
 */
export function keepProtoFields<T>(input: unknown, parsed: T): T {
  if (!holdsProto(input)) return parsed;
  const stack: [unknown, unknown][] = [[input, parsed]];
  const seen = new Set<object>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [from, to] = next;
    if (!isObject(from) || !isObject(to) || seen.has(to)) continue;
    seen.add(to);
    if (Object.hasOwn(from, '__proto__') && !Object.hasOwn(to, '__proto__'))
      Object.defineProperty(to, '__proto__', {
        value: Reflect.get(from, '__proto__'),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    for (const key of Object.keys(to))
      if (key !== '__proto__' && Object.hasOwn(from, key))
        stack.push([Reflect.get(from, key), Reflect.get(to, key)]);
  }
  return parsed;
}

/** Whether `value` holds an own field named `__proto__` at any depth. */
function holdsProto(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsProto(item)) return true;
    return false;
  }
  if (Object.hasOwn(value, '__proto__')) return true;
  for (const key in value) if (holdsProto(Reflect.get(value, key))) return true;
  return false;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.isExtensible(value);
}
