/** A file that could not be loaded; the rest of the project still opens and the file is never overwritten. */
export interface LoadProblem {
  /** Path relative to the project folder. */
  readonly file: string;
  readonly reason: string;
  readonly line?: number;
}
