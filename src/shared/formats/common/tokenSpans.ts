import { codePointLength, fragmentOf } from '../../spans';
import { chunksOf } from './chunksOf';
import type { IllFormed } from './chunksOf';
import type { FormatSpan } from './formatDocument';
import type { IobTag } from './iobTag';
import type { TagScheme } from './tagScheme';

/**
 * The spans of one sentence of tagged tokens written from code point `at`, its tokens joined
 * by one space (none after a token `glued` marks: CoNLL-U's `SpaceAfter=No`): a span per chunk of its tags as conlleval.pl reads them (see `chunksOf`), the
 * ill-formed places by token, the spans that began with the other prefix than an export in
 * `scheme` writes there (`otherStarts`, see `KeptConll.otherStarts`), and where the
 * sentence's last token ends plus one (the next sentence's start after a separator), and where
 * each token starts.
 * @example tokenSpans(['EU', 'rejects'], [B-ORG, O], 0, 'iob2') → { spans: [ORG 0–2], illFormed: [], otherStarts: [], end: 11 }
 */
export function tokenSpans(
  words: readonly string[],
  tags: readonly IobTag[],
  at: number,
  scheme: TagScheme,
  glued: readonly boolean[] = [],
): {
  spans: FormatSpan[];
  illFormed: IllFormed[];
  otherStarts: number[];
  starts: number[];
  end: number;
} {
  const starts: number[] = [];
  let end = at;
  for (const [w, word] of words.entries()) {
    starts.push(end);
    // The last token's separator is the sentence's line break, glued or not.
    end += codePointLength(word) + (glued[w] === true && w < words.length - 1 ? 0 : 1);
  }
  const spans: FormatSpan[] = [];
  const otherStarts: number[] = [];
  const read = chunksOf(tags, scheme);
  for (const chunk of read.chunks) {
    const last = words[chunk.last] ?? '';
    const start = starts[chunk.first] ?? at;
    if (otherStart(tags, chunk.first, scheme)) otherStarts.push(start);
    const stop = (starts[chunk.last] ?? at) + codePointLength(last);
    spans.push({ label: chunk.type, fragments: [fragmentOf(start, stop)] });
  }
  return { spans, illFormed: read.illFormed, otherStarts, starts, end };
}

/**
 * Whether the chunk beginning at token `first` began with the other prefix than an export in
 * `scheme` writes there: `I-` in IOB2 (which writes `B-`), `B-` in IOB1 after no tag of its
 * type (IOB1 writes `I-` there).
 */
function otherStart(tags: readonly IobTag[], first: number, scheme: TagScheme): boolean {
  const tag = tags[first];
  if (scheme === 'iob2') return tag?.prefix === 'I';
  if (scheme !== 'iob1' || tag?.prefix !== 'B') return false;
  const before = tags[first - 1];
  return before === undefined || before.prefix === 'O' || before.type !== tag.type;
}
