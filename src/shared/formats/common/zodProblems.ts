import type { z } from 'zod';
import type { JsonPathKey } from './jsonScan';

/** One schema violation: where in the value, and why. */
export interface ZodProblem {
  readonly path: readonly JsonPathKey[];
  readonly reason: string;
}

/**
 * Flattens a zod error into path + reason pairs, the path printed in front of the reason.
 * @example zodProblems(error) → [{ path: ['spans', 0, 'start'], reason: 'spans[0].start: expected number, received string' }]
 */
export function zodProblems(error: z.ZodError, prefix: readonly JsonPathKey[] = []): ZodProblem[] {
  return error.issues.map((issue) => {
    const path = [
      ...prefix,
      ...issue.path.filter((key): key is JsonPathKey => typeof key !== 'symbol'),
    ];
    const where = formatPath(path);
    const message = issue.message.replace(/^Invalid input: /, '');
    return { path, reason: where ? `${where}: ${message}` : message };
  });
}

/**
 * A JSON path as a person reads it, a key that is not a name quoted as JavaScript would:
 * `['spans', 0, 'start']` → `spans[0].start`, `['data', 'my text']` → `data["my text"]`.
 * @example formatPath(['a', 1, 'b']) === 'a[1].b'
 */
export function formatPath(path: readonly JsonPathKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${i === 0 ? '' : '.'}${key}`
          : `[${JSON.stringify(key)}]`,
    )
    .join('');
}
