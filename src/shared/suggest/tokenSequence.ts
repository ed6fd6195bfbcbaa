import type { Fragment } from '../spans/fragment';
import { splitSentences, tokenize, type Token } from '../text';

/** Splits a text into word and punctuation tokens with code point offsets. */
export type Tokenizer = (text: string) => readonly Token[];

/** Splits a text into sentence extents (code points). */
export type SentenceSplitter = (text: string) => readonly Fragment[];

/** How the learner reads a text: Loupe's tokenizer and sentence splitter unless given others. */
export interface TextReader {
  readonly tokenize: Tokenizer;
  readonly sentences: SentenceSplitter;
}

export const DEFAULT_READER: TextReader = {
  tokenize: (text) => tokenize(text),
  sentences: (text) => splitSentences(text),
};

/**
 * A text's tokens grouped by sentence; a token belongs to the sentence it starts in, and
 * tokens outside every sentence extent form sentences of their own run.
 * @example tokenSequences('A b. C d.') → [[A, b, .], [C, d, .]]
 */
export function tokenSequences(text: string, reader: TextReader = DEFAULT_READER): Token[][] {
  const tokens = reader.tokenize(text);
  const sentences = reader.sentences(text);
  const out: Token[][] = [];
  let current: Token[] = [];
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) {
      if (current.length) out.push(current);
      current = [];
      s++;
    }
    current.push(token);
  }
  if (current.length) out.push(current);
  return out;
}
