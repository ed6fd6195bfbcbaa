import { codePoints, type CodePointOffset } from './offsets';

/** Half-open [start, end) in code points; start < end. */
export interface Fragment {
  readonly start: CodePointOffset;
  readonly end: CodePointOffset;
}

/** A fragment from two numbers known to count code points. @example fragmentOf(0, 4) */
export function fragmentOf(start: number, end: number): Fragment {
  return { start: codePoints(start), end: codePoints(end) };
}
