import { firstTokenEndingAfter, splitSentences, tokenize } from '../../text';
import type { Token } from '../../text';
import type { FormatDocument } from './formatDocument';
import type { Tally } from './tally';
import { itemAt } from '../../collections';

/** A token and its IOB2 tag: `O`, `B-<label>` or `I-<label>`. */
export interface IobToken {
  readonly text: string;
  readonly tag: string;
}

interface Mention {
  readonly span: number;
  readonly first: number;
  readonly last: number;
  readonly label: string;
}

/** Reasons counted while tagging, shared by every token-based writer. */
export const IOB_REASONS = {
  expanded: 'span expanded to token boundaries',
  noToken: 'span covering no token dropped',
  overlap: 'overlapping span dropped (kept the longest, then the earliest)',
  discontinuous: 'discontinuous span tagged as separate mentions',
  crossesSentence: 'span crossing a sentence boundary split',
} as const;

/** A document's IOB2 sentences and how many of its spans made it into the tags. */
export interface IobDocument {
  readonly sentences: IobToken[][];
  readonly spansWritten: number;
}

/**
 * IOB2-tagged sentences of a document (Intl.Segmenter tokens and sentences). Spans off
 * token boundaries are widened to whole tokens; of overlapping spans the one with most
 * tokens wins, then the earliest, then the first listed; every change is counted.
 * @example iobSentences(doc('Mike Pompeo spoke.', span(0, 11, 'PERSON')), tally).sentences → [[{text:'Mike',tag:'B-PERSON'}, {text:'Pompeo',tag:'I-PERSON'}, {text:'spoke',tag:'O'}, {text:'.',tag:'O'}]]
 */
export function iobSentences(doc: FormatDocument, tally: Tally, locale = 'en'): IobDocument {
  const tokens = tokenize(doc.text, locale);
  const owner = new Int32Array(tokens.length).fill(-1);
  const mentions = mentionsOf(doc, tokens, tally);
  const dropped = new Set<number>();
  const ordered = mentions
    .map((mention, order) => ({ mention, order }))
    .sort(
      (a, b) =>
        size(b.mention) - size(a.mention) || a.mention.first - b.mention.first || a.order - b.order,
    );
  for (const { mention, order } of ordered) {
    if (owner.subarray(mention.first, mention.last + 1).some((o) => o !== -1)) {
      dropped.add(mention.span);
      continue;
    }
    owner.fill(order, mention.first, mention.last + 1);
  }
  tally.add(IOB_REASONS.overlap, dropped.size);
  const kept = new Set(mentions.filter((m) => !dropped.has(m.span)).map((m) => m.span));
  return {
    sentences: group(tokens, owner, mentions, doc.text, locale, tally),
    spansWritten: kept.size,
  };
}

function size(mention: Mention): number {
  return mention.last - mention.first;
}

function mentionsOf(doc: FormatDocument, tokens: readonly Token[], tally: Tally): Mention[] {
  const mentions: Mention[] = [];
  const expanded = new Set<number>();
  const empty = new Set<number>();
  doc.spans.forEach((span, index) => {
    if (span.fragments.length > 1) tally.add(IOB_REASONS.discontinuous);
    for (const fragment of span.fragments) {
      const first = firstTokenEndingAfter(tokens, fragment.start);
      let last = first - 1;
      while (last + 1 < tokens.length && itemAt(tokens, last + 1).start < fragment.end) last++;
      if (last < first) {
        empty.add(index);
        continue;
      }
      if (
        itemAt(tokens, first).start !== fragment.start ||
        itemAt(tokens, last).end !== fragment.end
      ) {
        expanded.add(index);
      }
      mentions.push({ span: index, first, last, label: span.label });
    }
  });
  tally.add(IOB_REASONS.expanded, expanded.size);
  tally.add(IOB_REASONS.noToken, empty.size);
  return mentions;
}

function group(
  tokens: readonly Token[],
  owner: Int32Array,
  mentions: readonly Mention[],
  text: string,
  locale: string,
  tally: Tally,
): IobToken[][] {
  const sentences = splitSentences(text, locale);
  const result: IobToken[][] = [];
  let sentence = 0;
  let current: IobToken[] = [];
  tokens.forEach((token, i) => {
    let next = sentence;
    while (next + 1 < sentences.length && itemAt(sentences, next).end <= token.start) next++;
    if (next !== sentence && current.length > 0) {
      result.push(current);
      current = [];
    }
    sentence = next;
    const m = itemAt(owner, i);
    const mention = mentions[m];
    if (!mention) {
      current.push({ text: token.text, tag: 'O' });
      return;
    }
    const begins = i === mention.first || current.length === 0;
    if (begins && i !== mention.first) tally.add(IOB_REASONS.crossesSentence);
    current.push({ text: token.text, tag: `${begins ? 'B' : 'I'}-${mention.label}` });
  });
  if (current.length > 0) result.push(current);
  return result;
}
