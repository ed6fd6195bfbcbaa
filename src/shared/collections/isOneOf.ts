/**
 * Whether a value is one of a fixed list of literals, narrowing it to their union.
 * @example isOneOf(['a', 'b'] as const, input) // input: 'a' | 'b' when true
 */
export function isOneOf<T>(values: readonly T[], value: unknown): value is T {
  return values.some((candidate) => candidate === value);
}
