import { setOwn } from '../../collections';
import { tagDocument } from '../common';
import type { FormatDocument, KeptSpacyJson, OverlapPolicy, Tally } from '../common';
import { biluoTag } from './biluoTag';
import type { WrittenParagraph } from './keptParagraph';

/**
 * A document as one paragraph of spaCy's JSON training format: `raw` its text, a sentence per
 * sentence of its tokens (spaCy's English tokens, or the source's own, cut at span edges, as
 * the CoNLL and Hugging Face exports tokenize; whitespace tokens kept, as spaCy's tokenizer
 * makes them), each token `{id, orth, ner}` with a BILUO tag. A paragraph kept from a spaCy
 * JSON file gives its own fields (`cats`, …) back around the new sentences.
 * @example freshParagraph(doc('EU rejects.', span(0, 2, 'ORG')), null, tally, 'error').paragraph
 *   → { raw: 'EU rejects.', sentences: [{ tokens: [{ id: 0, orth: 'EU', ner: 'U-ORG' }, …] }] }
 */
export function freshParagraph(
  doc: FormatDocument,
  kept: KeptSpacyJson | null,
  tally: Tally,
  overlaps: OverlapPolicy,
): WrittenParagraph {
  const tagged = tagDocument(doc, tally, overlaps);
  const { tokens, mentions, mentionLabel, labels, sentenceStart, text } = tagged;
  const sentences: { tokens: Record<string, unknown>[] }[] = [];
  let m = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (sentenceStart[i] === 1 || sentences.length === 0) sentences.push({ tokens: [] });
    while (i > (mentions[2 * m + 1] ?? 0)) m++;
    const first = mentions[2 * m] ?? 0;
    const last = mentions[2 * m + 1] ?? 0;
    const label = labels[mentionLabel[m] ?? 0] ?? '';
    const ner = i < first ? 'O' : biluoTag(i, first, last, label);
    const orth = text.slice(tokens.start16[i] ?? 0, tokens.end16[i] ?? 0);
    sentences.at(-1)?.tokens.push({ id: i, orth, ner });
  }
  const paragraph: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(kept?.source ?? { raw: true, sentences: [] }))
    setOwn(paragraph, key, key === 'sentences' ? sentences : key === 'raw' ? text : value);
  setOwn(paragraph, 'raw', text);
  setOwn(paragraph, 'sentences', sentences);
  return { paragraph, spans: tagged.spansWritten };
}
