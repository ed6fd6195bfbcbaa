/**
 * The `code` of anything thrown (Node's `ENOENT`, `EEXIST`, …; a library's own codes), or
 * undefined when it carries none.
 * @example errorCode(Object.assign(new Error('gone'), { code: 'ENOENT' })) === 'ENOENT'
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
