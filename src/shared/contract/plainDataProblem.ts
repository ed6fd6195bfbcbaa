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
  // Every result passes here (an opened document: tens of thousands of spans), so the walk
  // keeps the keys it is under and spells a path only for the value it refuses.
  const trail: (string | number)[] = [];
  const problem = problemAt(value, trail, new Set());
  if (problem === null) return null;
  const at = trail.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
  return `${path}${at} ${problem}`;
}

/** What is wrong with `value` ("is a Map"), leaving `trail` at its place; null when nothing is. */
function problemAt(value: unknown, trail: (string | number)[], seen: Set<object>): string | null {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : `is ${String(value)}`;
    case 'object':
      return objectProblem(value, trail, seen);
    default:
      return `is a ${typeof value}`;
  }
}

function objectProblem(
  value: object,
  trail: (string | number)[],
  seen: Set<object>,
): string | null {
  if (seen.has(value)) return 'refers back to itself';
  seen.add(value);
  const problem = Array.isArray(value)
    ? itemsProblem(value, trail, seen)
    : propertiesProblem(value, trail, seen);
  seen.delete(value);
  return problem;
}

function itemsProblem(items: readonly unknown[], trail: (string | number)[], seen: Set<object>) {
  for (let i = 0; i < items.length; i++) {
    trail.push(i);
    const problem = problemAt(items[i], trail, seen);
    if (problem) return problem;
    trail.pop();
  }
  return null;
}

function propertiesProblem(value: object, trail: (string | number)[], seen: Set<object>) {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    return `is a ${value.constructor?.name || 'class instance'}`;
  if (Object.getOwnPropertySymbols(value).length > 0) return 'has symbol keys';
  for (const key of Object.getOwnPropertyNames(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    trail.push(key);
    if (!descriptor || !('value' in descriptor)) return 'is a getter';
    if (descriptor.value !== undefined) {
      const problem = problemAt(descriptor.value, trail, seen);
      if (problem) return problem;
    }
    trail.pop();
  }
  return null;
}
