/**
 * Reads a user-keyed record's own entry only: a key such as `constructor` or `toString` never
 * answers what Object.prototype holds.
 * @example getOwn({}, 'constructor') === undefined
 */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sets a user-keyed record's own entry: `__proto__` becomes an ordinary key (an assignment
 * would replace the record's prototype and drop the value).
 * @example setOwn({}, '__proto__', 1) → { ['__proto__']: 1 } (own, enumerable)
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
