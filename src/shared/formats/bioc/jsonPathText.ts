import type { JsonPathKey } from '../common';

/** A path as a person reads it: `documents[2].passages[0]` (`[0].documents[1]` in a list of collections). */
export function jsonPathText(path: readonly JsonPathKey[]): string {
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
