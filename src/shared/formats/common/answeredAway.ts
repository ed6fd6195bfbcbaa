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

/**
 * Whether a document or layer is a Prodigy record answered `reject` or `ignore` that no one
 * annotated in Loupe since ({@link answeredAway}): the annotator set the text aside, they did
 * not find nothing in it, so agreement leaves the document out for them. Prodigy's own review
 * of manual annotations filters out both answers (a maintainer on support.prodi.gy/t/1650).
 * @example skippedInProdigy({ spans: [], metadata: { answer: 'reject' } }) === true
 */
export function skippedInProdigy(doc: Pick<FormatDocument, 'metadata' | 'spans'>): boolean {
  return answeredAway(doc);
}
