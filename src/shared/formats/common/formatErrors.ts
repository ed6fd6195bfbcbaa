import type { FormatError } from './formatError';

/**
 * Every complaint about one batch of input files; a reader throws it instead of
 * returning anything, so the caller imports all or nothing. The message is one line.
 * @example new FormatErrors([e1, e2]).message === 'a.ann:3: T9 is not defined (and 1 more error)'
 */
export class FormatErrors extends Error {
  readonly errors: readonly FormatError[];
  /**
   * The name of the format whose files, named here by line, skipping what is invalid leaves out
   * whole (a CoNLL file is not read line by line); absent when it would leave out the lines alone.
   */
  readonly skippedWhole: string | undefined;

  constructor(errors: readonly FormatError[], skippedWhole?: string) {
    super(summarize(errors));
    this.name = 'FormatErrors';
    this.errors = errors;
    this.skippedWhole = skippedWhole;
  }
}

function summarize(errors: readonly FormatError[]): string {
  const first = errors[0];
  if (!first) return 'no errors';
  const more = errors.length - 1;
  if (more === 0) return first.message;
  return `${first.message} (and ${more} more error${more === 1 ? '' : 's'})`;
}
