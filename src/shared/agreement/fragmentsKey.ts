import type { Fragment } from '../spans';

/**
 * A string equal for two fragment lists exactly when their offsets are (stacking spans).
 * @example fragmentsKey([{ start: 2, end: 3 }, { start: 7, end: 9 }]) === '2-3,7-9'
 */
export function fragmentsKey(fragments: readonly Fragment[]): string {
  return fragments.map((f) => `${f.start}-${f.end}`).join(',');
}
