/** A store failure that names the file and the reason. */
export class StoreError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly code:
      | 'corrupt'
      | 'version'
      | 'offsets'
      | 'hash'
      | 'io'
      | 'invalid'
      | 'readonly'
      | 'not_found'
      /** A link, a special file or an oversized file in the project folder: refused, never read. */
      | 'unsafe' = 'invalid',
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'StoreError';
  }
}
