import { createOffsetIndex, utf16Units } from '../spans/offsets';
import type { Fragment } from '../spans/fragment';
import { segments } from './segments';
import type { Token } from './token';

const WHITESPACE = /^\s+$/u;

/**
 * Word and punctuation tokens (Intl.Segmenter, word granularity, in linear time), whitespace dropped,
 * offsets in code points.
 * @example tokenize('Mike Pompeo.') → [{0,4,'Mike'}, {5,11,'Pompeo'}, {11,12,'.'}]
 */
export function tokenize(text: string, locale = 'en'): Token[] {
  const index = createOffsetIndex(text);
  const tokens: Token[] = [];
  for (const segment of segments(text, 'word', locale)) {
    if (WHITESPACE.test(segment.segment)) continue;
    const start = index.toCodePoint(utf16Units(segment.index));
    const end = index.toCodePoint(utf16Units(segment.index + segment.segment.length));
    tokens.push({ start, end, text: segment.segment });
  }
  return tokens;
}

/**
 * Sentence extents (Intl.Segmenter, sentence granularity) with surrounding whitespace
 * trimmed; a line break always ends a sentence. Offsets in code points.
 * @example splitSentences('One. Two.') → [{start:0,end:4}, {start:5,end:9}]
 */
export function splitSentences(text: string, locale = 'en'): Fragment[] {
  const index = createOffsetIndex(text);
  const sentences: Fragment[] = [];
  for (const segment of segments(text, 'sentence', locale)) {
    const lineRe = /[^\r\n]+/gu;
    for (let line = lineRe.exec(segment.segment); line; line = lineRe.exec(segment.segment)) {
      const trimmedStart = line.index + (line[0].length - line[0].trimStart().length);
      const trimmedEnd = line.index + line[0].trimEnd().length;
      if (trimmedEnd <= trimmedStart) continue;
      sentences.push({
        start: index.toCodePoint(utf16Units(segment.index + trimmedStart)),
        end: index.toCodePoint(utf16Units(segment.index + trimmedEnd)),
      });
    }
  }
  return sentences;
}
