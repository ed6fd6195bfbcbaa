import type { FormatDocument } from './formatDocument';

/** What a token export counts a Prodigy record answered reject or ignore under, left out. */
export const ANSWERED_AWAY =
  'document answered reject or ignore in Prodigy (not a training example)';

/**
 * Whether a document is a Prodigy record answered `reject` or `ignore` that no one annotated
 * in Loupe since: kept to be written back to spans JSONL, but no example of the text's spans
 * (a rejected span is not a span, an ignored text was not annotated), so token exports
 * (CoNLL, Hugging Face) leave it out and count it under {@link ANSWERED_AWAY}.
 * @example answeredAway({ ...doc, spans: [], metadata: { answer: 'reject' } }) === true
 */
export function answeredAway(doc: Pick<FormatDocument, 'metadata' | 'spans'>): boolean {
  const answer = doc.metadata?.answer;
  return (answer === 'reject' || answer === 'ignore') && doc.spans.length === 0;
}

/** Prodigy's interfaces of one accept/reject decision about a task's suggestion (ner.teach). */
const BINARY_VIEWS: ReadonlySet<unknown> = new Set(['ner', 'classification', 'binary']);

/**
 * Whether a document or layer is a Prodigy record the annotator set aside, that no one
 * annotated in Loupe since ({@link answeredAway}): answered `ignore`, or `reject` in a manual
 * interface (Prodigy's own review of manual annotations filters both out: a maintainer on
 * support.prodi.gy/t/1650). They did not find nothing in it, so agreement leaves the document
 * out for them. A `reject` of a binary decision (`_view_id` `ner`) is an answer: it stays in.
 * @example skippedInProdigy({ spans: [], metadata: { answer: 'reject', _view_id: 'ner_manual' } }) === true
 */
export function skippedInProdigy(doc: Pick<FormatDocument, 'metadata' | 'spans'>): boolean {
  return (
    answeredAway(doc) &&
    (doc.metadata?.answer === 'ignore' || !BINARY_VIEWS.has(doc.metadata?._view_id))
  );
}
