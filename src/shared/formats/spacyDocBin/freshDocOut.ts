import { tagDocument } from '../common';
import type { FormatDocument, OverlapPolicy, Tally } from '../common';
import { groupSpans } from './docOut';
import type { DocOut } from './docOut';
import { entityDocument } from './keptDocOut';
import { IOB } from './readDocument';

/**
 * A document as spaCy tokens (spaCy's English tokenizer, or the source's own tokens for
 * CoNLL and Hugging Face imports, cut at entity edges as the other token exports cut them),
 * each with its space flag (text between tokens other than one space becomes a token, so
 * the words and spaces give the text back exactly); entities as ENT_IOB / ENT_TYPE (an edge
 * on whitespace moves to the word, overlaps follow `overlaps`, both said in `tally`), span
 * group spans widened to token edges (said in `tally`).
 * @example freshDocOut(doc('EU rejects.', span(0, 2, 'ORG')), tally, 'error').words → ['EU', 'rejects', '.']
 */
export function freshDocOut(doc: FormatDocument, tally: Tally, overlaps: OverlapPolicy): DocOut {
  const entities = entityDocument(doc);
  const tagged = tagDocument(entities, tally, overlaps);
  const { tokens, text, mentions, mentionLabel, labels } = tagged;
  const words: string[] = [];
  const spaces: boolean[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const index = new Int32Array(tokens.count); // a tagged token's index among the words
  const push = (word: string, from: number) => {
    words.push(word);
    spaces.push(false);
    start.push(from);
    end.push(from + [...word].length);
  };
  /** The text between two tokens: one space is the last word's flag, the rest a token of its own. */
  const gap = (from16: number, to16: number, from: number) => {
    const between = text.slice(from16, to16);
    const flagged = between.startsWith(' ') && words.length > 0;
    if (flagged) spaces[spaces.length - 1] = true;
    const rest = flagged ? between.slice(1) : between;
    if (rest !== '') push(rest, flagged ? from + 1 : from);
  };
  let at16 = 0;
  let at = 0;
  for (let t = 0; t < tokens.count; t++) {
    gap(at16, tokens.start16[t] ?? 0, at);
    index[t] = words.length;
    push(text.slice(tokens.start16[t] ?? 0, tokens.end16[t] ?? 0), tokens.start[t] ?? 0);
    at16 = tokens.end16[t] ?? 0;
    at = tokens.end[t] ?? 0;
  }
  gap(at16, text.length, at);
  const iob: number[] = words.map(() => IOB.OUT);
  const types = words.map(() => '');
  for (let m = 0; m < tagged.mentionCount; m++) {
    const first = index[mentions[2 * m] ?? 0] ?? 0;
    const last = index[mentions[2 * m + 1] ?? 0] ?? 0;
    const label = labels[mentionLabel[m] ?? 0] ?? '';
    for (let w = first; w <= last; w++) {
      iob[w] = w === first ? IOB.BEGIN : IOB.IN;
      types[w] = label;
    }
  }
  const groups = groupSpans(doc, start, end, tally, false) ?? new Map();
  const spans = tagged.spansWritten + doc.spans.length - entities.spans.length;
  return { words, spaces, iob, types, columns: new Map(), groups, spans };
}
