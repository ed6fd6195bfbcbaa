/** One piece of text Intl.Segmenter found, with its UTF-16 index in the whole text. */
export interface TextSegment {
  readonly segment: string;
  readonly index: number;
}

/** UAX #29 always breaks after these (CR LF stays together): words after Newline, CR, LF (WB3a)… */
const HARD_WORD_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/gu;
/** …and sentences after Sep, CR, LF (SB4), which leaves out vertical tab and form feed. */
const HARD_SENTENCE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/gu;
/**
 * A space followed by a character no word rule attaches to it (not another space, not a
 * mark, format character or joiner): UAX #29 always has a word break between the two.
 */
const SOFT_WORD_BREAK = /\p{Zs}(?=[^\p{Zs}\p{M}\p{Cf}\u200D])/gu;
/** Lines longer than this are cut further at soft word breaks. */
const LONG_LINE = 4096;

/**
 * Where the text may be cut without changing what Intl.Segmenter finds: after every hard
 * line break, and for word segmentation also inside long lines after a space. Returns the
 * UTF-16 end of each piece.
 */
function cuts(text: string, granularity: 'word' | 'sentence', longLine: number): number[] {
  const ends: number[] = [];
  let lineStart = 0;
  const addLine = (end: number): void => {
    if (granularity === 'word' && end - lineStart > longLine) {
      const soft = new RegExp(SOFT_WORD_BREAK.source, 'gu');
      soft.lastIndex = lineStart;
      let last = lineStart;
      for (let m = soft.exec(text); m && m.index < end; m = soft.exec(text)) {
        const cut = m.index + m[0].length;
        if (cut >= end) break;
        if (cut - last >= longLine) {
          ends.push(cut);
          last = cut;
        }
      }
    }
    ends.push(end);
    lineStart = end;
  };
  const hard = new RegExp(
    (granularity === 'word' ? HARD_WORD_BREAK : HARD_SENTENCE_BREAK).source,
    'gu',
  );
  for (let m = hard.exec(text); m; m = hard.exec(text)) addLine(m.index + m[0].length);
  if (lineStart < text.length) addLine(text.length);
  return ends;
}

/**
 * What `new Intl.Segmenter(locale, {granularity}).segment(text)` yields (segment and
 * UTF-16 index), computed piece by piece. V8's segmenter slows down quadratically on long
 * strings (80,000 characters take over a second, a megabyte many minutes), so the text is
 * cut where UAX #29 always breaks and each piece is segmented alone: linear, same output.
 * `longLine` is only for tests.
 * @example [...segments('One.\nTwo', 'word')].map((s) => s.segment) → ['One', '.', '\n', 'Two']
 */
export function* segments(
  text: string,
  granularity: 'word' | 'sentence',
  locale = 'en',
  longLine = LONG_LINE,
): Generator<TextSegment> {
  const segmenter = new Intl.Segmenter(locale, { granularity });
  let start = 0;
  for (const end of cuts(text, granularity, longLine)) {
    for (const piece of segmenter.segment(text.slice(start, end)))
      yield { segment: piece.segment, index: start + piece.index };
    start = end;
  }
}
