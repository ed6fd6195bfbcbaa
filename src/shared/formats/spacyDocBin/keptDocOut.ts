import { Tally } from '../common';
import type { FormatDocument, KeptDocBin, OverlapPolicy } from '../common';
import { mentionsOnTokens } from '../common/mentionsOnTokens';
import { ATTR } from './docBinAttrs';
import { groupSpans, tokenPlaces } from './docOut';
import type { DocOut } from './docOut';
import { IOB } from './readDocument';

/** Why a kept document's tokens and attributes were not written back, counted per document. */
export const NOT_KEPT = {
  text: 'tokens and attributes of a spaCy DocBin document (tag, lemma, head, dep, morph, user_data, …) not written back: its text is not the words it was read with, so it was tokenized again',
  cut: 'tokens and attributes of a spaCy DocBin document (tag, lemma, head, dep, morph, user_data, …) not written back: a span edge lies inside one of its tokens, so the text was tokenized again',
} as const;

/** A document's spans that are no span group's: its entities. */
export function entityDocument(doc: FormatDocument): FormatDocument {
  return { ...doc, spans: doc.spans.filter((s) => typeof s.attributes?.spanGroup !== 'string') };
}

/**
 * A document imported from a `.spacy` file written back on its own tokens with every kept
 * column, ENT_IOB / ENT_TYPE from its entities (ENT_IOB 0 kept where no entity is), its span
 * groups from the spans naming one; or null (counted in `tally`) when its text changed or a
 * span edge lies inside a token. Overlapping entities follow `overlaps`.
 * @example keptDocOut(doc, keptDocBinOf(doc.metadata), tally, 'error')?.words
 */
export function keptDocOut(
  doc: FormatDocument,
  kept: KeptDocBin,
  tally: Tally,
  overlaps: OverlapPolicy,
): DocOut | null {
  const text = kept.words.map((w, t) => (kept.spaces[t] ? `${w} ` : w)).join('');
  if (text !== doc.text) {
    tally.add(NOT_KEPT.text);
    return null;
  }
  const { start, end } = tokenPlaces(kept.words, kept.spaces);
  const scratch = new Tally(); // counted only when the document is written so
  const entities = entityDocument(doc);
  const mentions = mentionsOnTokens(entities, start, end, scratch, overlaps);
  if (!mentions) {
    tally.add(NOT_KEPT.cut);
    return null;
  }
  const iob: number[] = kept.iob.map((code) => (code === IOB.MISSING ? IOB.MISSING : IOB.OUT));
  const types = kept.words.map(() => '');
  const written = new Set<number>();
  for (const { span, first, last } of mentions) {
    const label = entities.spans[span]?.label ?? '';
    for (let t = first; t <= last; t++) {
      iob[t] = t === first ? IOB.BEGIN : IOB.IN;
      types[t] = label;
    }
    written.add(span);
  }
  const groups = groupSpans(doc, start, end, scratch, true);
  if (!groups) {
    tally.add(NOT_KEPT.cut);
    return null;
  }
  for (const [reason, count] of Object.entries(scratch.toRecord())) tally.add(reason, count);
  for (const [reason, count] of Object.entries(scratch.noted().notes ?? {}))
    tally.note(reason, count);
  const columns = new Map(
    kept.columns.map((c) => [
      c.attr,
      {
        strings: c.strings,
        // An entity's kb id and id belong to its tokens: none where no entity is now.
        values:
          c.attr === ATTR.ENT_KB_ID || c.attr === ATTR.ENT_ID
            ? c.values.map((v, t) => (types[t] ? v : ''))
            : c.values,
      },
    ]),
  );
  const spans = written.size + doc.spans.length - entities.spans.length;
  return { words: kept.words, spaces: kept.spaces, iob, types, columns, groups, spans };
}
