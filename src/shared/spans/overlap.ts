import type { Fragment } from './fragment';

/** Anything made of fragments: a Span, or a candidate selection. */
export interface HasFragments {
  readonly fragments: readonly Fragment[];
}

/** Half-open [start, end). Adjacent fragments (a.end === b.start) do not overlap. @example fragmentsOverlap({start:0,end:2},{start:1,end:3}) */
export function fragmentsOverlap(a: Fragment, b: Fragment): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when any fragment of `a` shares a code point with any fragment of `b`. @example spansOverlap(span(0, 5), span(4, 6)) === true */
export function spansOverlap(a: HasFragments, b: HasFragments): boolean {
  return a.fragments.some((fa) => b.fragments.some((fb) => fragmentsOverlap(fa, fb)));
}

/** Stacking spans have exactly the same fragments. @example spansStack(span(0, 5), span(0, 5)) === true */
export function spansStack(a: HasFragments, b: HasFragments): boolean {
  return (
    a.fragments.length === b.fragments.length &&
    a.fragments.every((f, i) => f.start === b.fragments[i]?.start && f.end === b.fragments[i]?.end)
  );
}

/** Adjacent spans touch without sharing a code point. @example spansAdjacent(span(0, 2), span(2, 4)) === true */
export function spansAdjacent(a: HasFragments, b: HasFragments): boolean {
  if (spansOverlap(a, b)) return false;
  return a.fragments.some((fa) =>
    b.fragments.some((fb) => fa.end === fb.start || fb.end === fa.start),
  );
}
