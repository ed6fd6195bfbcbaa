import type { CodePointOffset } from './offsets';

/** Half-open [start, end) in code points; start < end. */
export interface Fragment {
  readonly start: CodePointOffset;
  readonly end: CodePointOffset;
}
