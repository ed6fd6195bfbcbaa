import { fragmentOf, type Fragment } from '../spans/fragment';
import { sentenceStarts, spacyEnglishTokens, type Token } from '../text';

/** Splits a text into word and punctuation tokens with code point offsets. */
export type Tokenizer = (text: string) => readonly Token[];

/** Splits a text into sentence extents (code points). */
export type SentenceSplitter = (text: string) => readonly Fragment[];

/** How the learner reads a text: Loupe's tokenizer and sentence splitter unless given others. */
export interface TextReader {
  readonly tokenize: Tokenizer;
  readonly sentences: SentenceSplitter;
}

/** spaCy's English tokens of a text (the tokens Loupe's training exports write), whitespace left out. */
function spacyWords(text: string): Token[] {
  const t = spacyEnglishTokens(text);
  const out: Token[] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.isSpace[i] === 1) continue;
    const { start, end } = fragmentOf(t.start[i] ?? 0, t.end[i] ?? 0);
    out.push({ start, end, text: text.slice(t.start16[i], t.end16[i]) });
  }
  return out;
}

/** The sentences the training exports write (`sentenceStarts` over spaCy's tokens), as extents. */
function spacySentences(text: string): Fragment[] {
  const t = spacyEnglishTokens(text);
  const starts = sentenceStarts(text, t, []);
  const out: Fragment[] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < t.count; i++) {
    if (t.isSpace[i] === 1) continue;
    if (starts[i] === 1 && first >= 0) out.push(fragmentOf(first, last));
    if (starts[i] === 1 || first < 0) first = t.start[i] ?? 0;
    last = t.end[i] ?? 0;
  }
  if (first >= 0) out.push(fragmentOf(first, last));
  return out;
}

/**
 * Loupe's training tokenization: spaCy's English tokens and the sentences the CoNLL and
 * Hugging Face exports write, so suggestions fall on the tokens a trained model will see.
 */
export const DEFAULT_READER: TextReader = {
  tokenize: spacyWords,
  sentences: spacySentences,
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
