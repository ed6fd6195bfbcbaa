import type { CodePointOffset } from '../spans/offsets';

/** A word or punctuation token, in code points. @example { start: 0, end: 4, text: 'Mike' } */
export interface Token {
  readonly start: CodePointOffset;
  readonly end: CodePointOffset;
  readonly text: string;
}
