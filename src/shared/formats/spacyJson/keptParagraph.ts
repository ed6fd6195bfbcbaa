import { isRecord } from '../../collections';
import { Tally } from '../common';
import type { FormatDocument, KeptSpacyJson, OverlapPolicy } from '../common';
import { mentionsOnTokens } from '../common/mentionsOnTokens';
import { biluoTag } from './biluoTag';
import { locateTokens } from './locateTokens';

/** Why a kept paragraph's token fields were not written back, counted per paragraph. */
export const NOT_KEPT = {
  text: "token fields of a spaCy JSON paragraph (tag, head, dep, lemma, brackets, '-' tags) not written back: its tokens are not in the document's text",
  cut: "token fields of a spaCy JSON paragraph (tag, head, dep, lemma, brackets, '-' tags) not written back: a span edge lies inside one of its tokens, so the text was tokenized again",
} as const;

/** A paragraph written: its JSON and how many spans it holds. */
export interface WrittenParagraph {
  readonly paragraph: Record<string, unknown>;
  readonly spans: number;
}

/**
 * The paragraph a document was imported from, written back as it was with `raw` its text and
 * each token's `ner` from the document's spans (BILUO; where no span is, O, or the source's own
 * `-`, null or absence), or null (counted in `tally`) when its spans do not fall on its tokens'
 * edges. Overlapping spans follow `overlaps` as in the other token formats.
 * @example keptParagraph(importedDoc, keptSpacyJsonOf(importedDoc.metadata), tally, 'error')?.spans
 */
export function keptParagraph(
  doc: FormatDocument,
  kept: KeptSpacyJson,
  tally: Tally,
  overlaps: OverlapPolicy,
): WrittenParagraph | null {
  const tokens = sourceTokens(kept.source);
  const places = locateTokens(
    doc.text,
    tokens.map((t) => (typeof t.orth === 'string' ? t.orth : '')),
  );
  if ('token' in places) {
    tally.add(NOT_KEPT.text);
    return null;
  }
  const scratch = new Tally(); // counted only when the paragraph is written so
  const mentions = mentionsOnTokens(doc, places.start, places.end, scratch, overlaps);
  if (!mentions) {
    tally.add(NOT_KEPT.cut);
    return null;
  }
  const tags: unknown[] = tokens.map((t) => outsideTag(t.ner));
  const written = new Set<number>();
  for (const { span, first, last } of mentions) {
    const label = doc.spans[span]?.label ?? '';
    for (let i = first; i <= last; i++) tags[i] = biluoTag(i, first, last, label);
    written.add(span);
  }
  for (const [reason, count] of Object.entries(scratch.toRecord())) tally.add(reason, count);
  return { paragraph: withTags(kept.source, doc.text, tags), spans: written.size };
}

/** A token's tag where no span is: the source's own when it said "not annotated" (or had none), else O. */
function outsideTag(ner: unknown): unknown {
  if (ner === undefined || ner === '-' || ner === '' || ner === null) return ner;
  return 'O';
}

/** The tokens of a kept paragraph's sentences, in order. */
function sourceTokens(source: KeptSpacyJson['source']): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const sentences = Array.isArray(source.sentences) ? source.sentences : [];
  for (const sentence of sentences)
    if (isRecord(sentence) && Array.isArray(sentence.tokens))
      for (const token of sentence.tokens) if (isRecord(token)) out.push(token);
  return out;
}

/** The kept paragraph with its text as `raw` (when it had one) and each token's tag. */
function withTags(
  source: KeptSpacyJson['source'],
  text: string,
  tags: readonly unknown[],
): Record<string, unknown> {
  let t = 0;
  const sentences = (Array.isArray(source.sentences) ? source.sentences : []).map((sentence) => {
    if (!isRecord(sentence) || !Array.isArray(sentence.tokens)) return sentence;
    const tokens = sentence.tokens.map((token) => {
      if (!isRecord(token)) return token;
      const tag = tags[t++];
      if (tag === undefined) return token;
      return { ...token, ner: tag };
    });
    return { ...sentence, tokens };
  });
  return { ...source, ...('raw' in source ? { raw: text } : {}), sentences };
}
