import { tokenize, type Token } from '../text';
import { alignSpans } from './alignSpans';
import { labelConfusion, type LabelConfusion, type LabelPairing } from './labelConfusion';
import type { LabeledSpan } from './labeledSpan';
import type { MatchMode } from './matchMode';
import { addCounts, scoresOf, type Counts, type Scores } from './scores';
import { tokenLabels } from './tokenLabels';
import { itemAt } from '../collections';

/**
 * One document as two annotators labelled it; `text` is read only by `token` matching.
 * @example { id: 'd1', text: 'Mike Pompeo said', reference: [span(0, 11, 'PER')], candidate: [] }
 */
export interface SpanDocument {
  readonly id: string;
  readonly text: string;
  /** `tokenize(text)`, when already computed (shared across annotator pairs). */
  readonly tokens?: readonly Token[] | undefined;
  readonly reference: readonly LabeledSpan[];
  readonly candidate: readonly LabeledSpan[];
}

/** One document's figures. @example { id: 'd1', tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 0.667 } */
export type DocumentScores = Scores & { readonly id: string };

/**
 * Span agreement of a candidate annotator against a reference one.
 * @example { overall: { tp: 2, … f1: 0.8 }, byLabel: { PER: {…} }, documents: [{ id: 'd1', … }], confusion: {…} }
 */
export interface SpanF1 {
  /** Micro-averaged: counts summed over labels and documents, then divided. */
  readonly overall: Scores;
  /** Every label either annotator used, counts summed over documents. */
  readonly byLabel: Readonly<Record<string, Scores>>;
  readonly documents: readonly DocumentScores[];
  /** Spans (tokens in `token` mode) paired regardless of label. */
  readonly confusion: LabelConfusion;
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** Counts per label and the label pairings of one document. */
interface Tally {
  readonly byLabel: Map<string, Counts>;
  readonly pairings: LabelPairing[];
}

function newTally(spans: readonly LabeledSpan[]): Tally {
  return { byLabel: new Map(spans.map((s) => [s.label, ZERO])), pairings: [] };
}

function count(tally: Tally, label: string, delta: Partial<Counts>): void {
  tally.byLabel.set(label, addCounts(tally.byLabel.get(label) ?? ZERO, { ...ZERO, ...delta }));
}

/** `exact` and `overlap`: spans paired one to one by {@link alignSpans}. */
function tallySpans(doc: SpanDocument, match: 'exact' | 'overlap'): Tally {
  const { reference, candidate } = doc;
  const tally = newTally([...reference, ...candidate]);
  const alignment = alignSpans(
    reference,
    candidate,
    match === 'exact' ? 'identical' : 'overlapping',
  );
  const labelOf = (spans: readonly LabeledSpan[], i: number): string => itemAt(spans, i).label;
  for (const [r] of alignment.matched) {
    count(tally, labelOf(reference, r), { tp: 1 });
    tally.pairings.push([labelOf(reference, r), labelOf(reference, r)]);
  }
  for (const [r, c] of alignment.confused) {
    count(tally, labelOf(reference, r), { fn: 1 });
    count(tally, labelOf(candidate, c), { fp: 1 });
    tally.pairings.push([labelOf(reference, r), labelOf(candidate, c)]);
  }
  for (const r of alignment.unmatchedReference) {
    count(tally, labelOf(reference, r), { fn: 1 });
    tally.pairings.push([labelOf(reference, r), null]);
  }
  for (const c of alignment.unmatchedCandidate) {
    count(tally, labelOf(candidate, c), { fp: 1 });
    tally.pairings.push([null, labelOf(candidate, c)]);
  }
  return tally;
}

/** `token`: every token labelled per annotator, then compared label by label. */
function tallyTokens(doc: SpanDocument): Tally {
  const tally = newTally([...doc.reference, ...doc.candidate]);
  const tokens = doc.tokens ?? tokenize(doc.text);
  const reference = tokenLabels(tokens, doc.reference);
  const candidate = tokenLabels(tokens, doc.candidate);
  reference.forEach((r, i) => {
    const c = candidate[i] ?? null;
    if (r === null && c === null) return;
    tally.pairings.push([r, c]);
    if (r === c && r !== null) {
      count(tally, r, { tp: 1 });
      return;
    }
    if (r !== null) count(tally, r, { fn: 1 });
    if (c !== null) count(tally, c, { fp: 1 });
  });
  return tally;
}

function total(counts: Iterable<Counts>): Counts {
  let sum = ZERO;
  for (const c of counts) sum = addCounts(sum, c);
  return sum;
}

/**
 * Compares a candidate annotator's spans with a reference annotator's, per document
 * and micro-averaged over documents. Swapping the two swaps precision with recall
 * and fp with fn; tp and F1 stay. A span paired with a span of another label counts
 * once as fn (its reference label) and once as fp (the candidate's label).
 * @example spanF1([{ id: 'd1', text, reference: [span(0, 5, 'PER')], candidate: [span(0, 5, 'PER')] }], 'exact').overall.f1 === 1
 */
export function spanF1(documents: readonly SpanDocument[], match: MatchMode): SpanF1 {
  const byLabel = new Map<string, Counts>();
  const pairings: LabelPairing[] = [];
  const perDocument: DocumentScores[] = [];
  for (const doc of documents) {
    const tally = match === 'token' ? tallyTokens(doc) : tallySpans(doc, match);
    for (const [label, counts] of tally.byLabel) {
      byLabel.set(label, addCounts(byLabel.get(label) ?? ZERO, counts));
    }
    for (const pairing of tally.pairings) pairings.push(pairing);
    perDocument.push({ id: doc.id, ...scoresOf(total(tally.byLabel.values())) });
  }
  const labels = [...byLabel.keys()].sort();
  return {
    overall: scoresOf(total(byLabel.values())),
    byLabel: Object.fromEntries(labels.map((l) => [l, scoresOf(byLabel.get(l) ?? ZERO)])),
    documents: perDocument,
    confusion: labelConfusion(pairings),
  };
}
