import { FormatError } from './formatError';
import { FormatErrors } from './formatErrors';
import { getKnown } from '../../collections';

/**
 * Gathers the errors of a whole batch so a reader reports all of them at once.
 * @example const errors = new ErrorCollector(); errors.add('a.ann', 3, 'bad'); errors.throwIfAny();
 */
export class ErrorCollector {
  private readonly list: FormatError[] = [];

  add(file: string, line: number | undefined, reason: string): void {
    this.list.push(new FormatError(file, line, reason));
  }

  get count(): number {
    return this.list.length;
  }

  /** The first error added, if any. */
  get first(): FormatError | undefined {
    return this.list[0];
  }

  /** Throws a {@link FormatErrors} holding every error added so far, if any, by file (first seen first) then line. */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const files = new Map<string, number>();
    for (const error of this.list) if (!files.has(error.file)) files.set(error.file, files.size);
    const sorted = this.list
      .map((error, order) => ({ error, order }))
      .sort(
        (a, b) =>
          getKnown(files, a.error.file) - getKnown(files, b.error.file) ||
          (a.error.line ?? 0) - (b.error.line ?? 0) ||
          a.order - b.order,
      );
    throw new FormatErrors(sorted.map((entry) => entry.error));
  }
}
