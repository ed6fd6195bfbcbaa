import { codePointLength, codePoints } from '../spans';
import { tokenize, type Token } from '../text';
import type { AgreementResult, PairAgreement } from './agreementResult';
import type { LabeledSpan } from './labeledSpan';
import type { MatchMode } from './matchMode';
import { spanF1, type SpanDocument } from './spanF1';
import { stanceAgreement } from './stanceAgreement';
import type { StanceLayer } from './stanceUnits';
import { unitizingAlpha } from './unitizingAlpha';
import { itemAt, setOwn } from '../collections';

/**
 * What agreement reads of one annotator's layer of a document. Every `Layer` is one.
 * @example { spans: [span(0, 11, 'PERSON')], stances: [] }
 */
export interface AgreementLayer extends StanceLayer {
  readonly spans: readonly (LabeledSpan & { readonly id: string })[];
}

/**
 * A document with one layer per annotator, in the order of `annotators`.
 * @example { id: 'd1', text: 'Mike Pompeo said…', layers: [amiraLayer, omarLayer] }
 */
export interface AgreementDocument {
  readonly id: string;
  readonly text: string;
  readonly layers: readonly AgreementLayer[];
  /**
   * Per layer, whether its annotator skipped the document (Prodigy's `ignore` or `reject`, Label Studio's
   * cancelled annotation): left out of every figure of that annotator, not read as finding nothing.
   */
  readonly skipped?: readonly boolean[];
}

function skippedBy(doc: AgreementDocument, annotator: number): boolean {
  return doc.skipped?.[annotator] === true;
}

/**
 * The documents no annotator skipped: those figures of all annotators at once are taken over.
 * @example comparedByAll([{ id: 'd1', text, layers, skipped: [true, false] }]) → []
 */
export function comparedByAll(documents: readonly AgreementDocument[]): AgreementDocument[] {
  return documents.filter((doc) => !doc.skipped?.some(Boolean));
}

/**
 * How many documents each annotator skipped, left out of agreement (annotators who skipped none are not listed).
 * @example skippedCounts([{ id: 'd1', text, layers, skipped: [true, false] }], ['alice', 'bo']) → { alice: 1 }
 */
export function skippedCounts(
  documents: readonly AgreementDocument[],
  annotators: readonly string[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  annotators.forEach((name, a) => {
    const count = documents.filter((doc) => skippedBy(doc, a)).length;
    if (count > 0) setOwn(counts, name, count);
  });
  return counts;
}

/**
 * What to compare: documents, annotator names (the first is the reference), match mode.
 * @example { documents: [doc], annotators: ['amira', 'omar'], match: 'overlap' }
 */
export interface AgreementRequest {
  readonly documents: readonly AgreementDocument[];
  readonly annotators: readonly string[];
  readonly match: MatchMode;
}

function layerOf(doc: AgreementDocument, annotator: number): AgreementLayer {
  return itemAt(doc.layers, annotator);
}

function comparePair(
  request: AgreementRequest,
  tokens: readonly (readonly Token[] | undefined)[],
  a: number,
  b: number,
): PairAgreement {
  const compared = request.documents.flatMap((doc, d) =>
    skippedBy(doc, a) || skippedBy(doc, b) ? [] : [{ doc, tokens: tokens[d] }],
  );
  const spanDocuments: SpanDocument[] = compared.map(({ doc, tokens }) => ({
    id: doc.id,
    text: doc.text,
    tokens,
    reference: layerOf(doc, a).spans,
    candidate: layerOf(doc, b).spans,
  }));
  const spans = spanF1(spanDocuments, request.match);
  const stances = stanceAgreement(
    compared.map(({ doc }) => ({ id: doc.id, layers: [layerOf(doc, a), layerOf(doc, b)] })),
  );
  return {
    annotators: [itemAt(request.annotators, a), itemAt(request.annotators, b)],
    spans: { overall: spans.overall, byLabel: { ...spans.byLabel }, confusion: spans.confusion },
    stances,
    documents: spans.documents.map((d) => ({ id: d.id, f1: d.f1 })),
  };
}

function checkRequest(request: AgreementRequest): void {
  const count = request.annotators.length;
  if (count < 2) throw new RangeError('agreement needs at least 2 annotators');
  for (const doc of request.documents) {
    if (doc.layers.length !== count) {
      throw new RangeError(
        `document ${doc.id} has ${doc.layers.length} layers for ${count} annotators`,
      );
    }
  }
}

/**
 * Agreement between annotators over documents, shaped as {@link AgreementResult}:
 * span F1 for every pair (i < j; the first annotator of a pair is its reference),
 * stance polarity agreement, and per document the pooled unitizing alpha. A document an
 * annotator skipped is left out of their pairs, and of the figures of all annotators at once;
 * `skipped` counts them per annotator. Throws a
 * RangeError for fewer than 2 annotators or a document without a layer for each.
 * @example computeAgreement({ documents: [doc], annotators: ['amira', 'omar'], match: 'exact' }).spans.overall.f1
 */
export function computeAgreement(request: AgreementRequest): AgreementResult {
  checkRequest(request);
  const { annotators, match } = request;
  const tokens = request.documents.map((doc) =>
    match === 'token' ? tokenize(doc.text) : undefined,
  );
  const pairs: PairAgreement[] = [];
  for (let a = 0; a < annotators.length; a++) {
    for (let b = a + 1; b < annotators.length; b++) pairs.push(comparePair(request, tokens, a, b));
  }
  const first = itemAt(pairs, 0);
  const f1 = new Map(first.documents.map((d) => [d.id, d.f1]));
  const documents = comparedByAll(request.documents);
  const skipped = skippedCounts(request.documents, annotators);
  return {
    annotators: [...annotators],
    match,
    spans: first.spans,
    stances: stanceAgreement(documents.map((doc) => ({ id: doc.id, layers: doc.layers }))),
    documents: documents.map((doc) => ({
      id: doc.id,
      f1: f1.get(doc.id) ?? null,
      unitizingAlpha: unitizingAlpha({
        continuum: { start: codePoints(0), end: codePointLength(doc.text) },
        annotators: doc.layers.map((layer) => layer.spans),
      }).overall.value,
    })),
    pairs,
    ...(Object.keys(skipped).length > 0 ? { skipped } : {}),
  };
}
