import type { Stance } from '../../../src/shared/model';
import { fragmentOf, type Fragment } from '../../../src/shared/spans';
import type { AgreementLayer, Category } from '../../../src/shared/agreement';

/** A span as agreement reads it; ids are unique within a test run. */
export interface TestSpan {
  readonly id: string;
  readonly label: string;
  readonly fragments: readonly Fragment[];
}

let nextId = 0;

/** A one-fragment span [start, end). */
export function span(start: number, end: number, label = 'PER', id = `s${nextId++}`): TestSpan {
  return { id, label, fragments: [fragmentOf(start, end)] };
}

/** A discontinuous span from [start, end] pairs. */
export function discontinuous(
  label: string,
  ...parts: readonly (readonly [number, number])[]
): TestSpan {
  return {
    id: `s${nextId++}`,
    label,
    fragments: parts.map(([start, end]) => fragmentOf(start, end)),
  };
}

/** A stance toward a topic (or no target) with evidence span ids. */
export function stance(
  polarity: string,
  evidence: readonly TestSpan[],
  target: Stance['target'] = { kind: 'topic', topicId: 'us-troops' },
): Pick<Stance, 'target' | 'polarity' | 'evidence'> {
  return { polarity, evidence: evidence.map((s) => s.id), target };
}

/** One annotator's layer of one document. */
export function layer(
  spans: readonly TestSpan[],
  stances: AgreementLayer['stances'] = [],
): AgreementLayer {
  return { spans, stances };
}

/** Repeats a value: the cells of a published contingency table become rating lists. */
export function times<T>(count: number, value: T): T[] {
  return new Array<T>(count).fill(value);
}

/**
 * Two raters' ratings from a contingency table: `table[i][j]` items put in
 * `categories[i]` by the first rater and `categories[j]` by the second.
 */
export function fromTable(
  table: readonly (readonly number[])[],
  categories: readonly Category[],
): [Category[], Category[]] {
  const first: Category[] = [];
  const second: Category[] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      first.push(...times(count, categories[i] as Category));
      second.push(...times(count, categories[j] as Category));
    }),
  );
  return [first, second];
}

/** One unit's ratings from its count per category: [0, 2, 1] → [c0?, c1, c1, c2] style. */
export function fromCounts(counts: readonly number[], categories: readonly Category[]): Category[] {
  return counts.flatMap((count, j) => times(count, categories[j] as Category));
}
