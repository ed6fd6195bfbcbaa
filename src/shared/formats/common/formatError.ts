/**
 * One precise complaint about an input file: where (file, 1-based line when a line
 * means something) and why. The message reads `file:line: reason`.
 * @example new FormatError('a.ann', 3, 'T9 is not defined').message === 'a.ann:3: T9 is not defined'
 */
export class FormatError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'FormatError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
