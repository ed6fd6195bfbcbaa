/**
 * Why `value` is not plain JSON-safe data, or null when it is: only null, booleans, finite
 * numbers, strings, arrays and objects whose prototype is Object.prototype or null, with
 * plain own data properties. A Map, a Set, a Date, a class instance, a getter, a function,
 * a symbol or a cycle would be copied differently by each transport (Electron's bridge
 * drops prototypes, JSON drops Maps), so the invoker refuses it instead of letting it be
 * mangled. `undefined` in an object counts as an absent property.
 * @example plainDataProblem({ a: [1, 'x'] }) === null
 * @example plainDataProblem({ a: new Map() }) === 'result.a is a Map'
 */
export function plainDataProblem(value: unknown, path = 'result'): string | null {
  return problemAt(value, path, new Set());
}

function problemAt(value: unknown, path: string, seen: Set<object>): string | null {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : `${path} is ${String(value)}`;
    case 'object':
      return objectProblem(value, path, seen);
    default:
      return `${path} is a ${typeof value}`;
  }
}

function objectProblem(value: object, path: string, seen: Set<object>): string | null {
  if (seen.has(value)) return `${path} refers back to itself`;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const problem = problemAt(value[i], `${path}[${i}]`, seen);
        if (problem) return problem;
      }
      return null;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      return `${path} is a ${value.constructor?.name || 'class instance'}`;
    if (Object.getOwnPropertySymbols(value).length > 0) return `${path} has symbol keys`;
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
      const at = `${path}.${key}`;
      if (!('value' in descriptor)) return `${at} is a getter`;
      if (descriptor.value === undefined) continue;
      const problem = problemAt(descriptor.value, at, seen);
      if (problem) return problem;
    }
    return null;
  } finally {
    seen.delete(value);
  }
}
