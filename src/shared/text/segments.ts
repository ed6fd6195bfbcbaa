import { itemAt } from '../collections';
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

// Word break classes (UAX #29) of the characters most news text is made of.
const AL = 1; // ALetter
const NU = 2; // Numeric
const ML = 3; // MidLetter
const MNL = 4; // MidNumLet
const SQ = 5; // Single_Quote
const MN = 6; // MidNum
const ENL = 7; // ExtendNumLet
const WS = 8; // WSegSpace
const CR = 9;
const LF = 10;
const OTHER = 11; // Any (breaks on both sides)

/** The class of a UTF-16 unit, or 0 when it is outside the characters handled here. */
function wordClass(unit: number): number {
  if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a)) return AL;
  if (unit >= 0x30 && unit <= 0x39) return NU;
  if (unit === 0x20) return WS;
  if (unit === 0x2e || unit === 0x2018 || unit === 0x2019) return MNL;
  if (unit === 0x27) return SQ;
  if (unit === 0x2c || unit === 0x3b) return MN;
  if (unit === 0x3a || unit === 0xb7) return ML;
  if (unit === 0x5f) return ENL;
  if (unit === 0x0a) return LF;
  if (unit === 0x0d) return CR;
  if (unit >= 0xc0 && unit <= 0x17f) return unit === 0xd7 || unit === 0xf7 ? OTHER : AL;
  if (unit < 0x80) return unit === 0x09 || (unit > 0x20 && unit < 0x7f) ? OTHER : 0;
  if (
    unit === 0xa0 ||
    unit === 0xab ||
    unit === 0xbb ||
    unit === 0x201c ||
    unit === 0x201d ||
    unit === 0x2013 ||
    unit === 0x2014 ||
    unit === 0x2026
  )
    return OTHER;
  return 0;
}

const isMidLetter = (c: number): boolean => c === ML || c === MNL || c === SQ;
const isMidNum = (c: number): boolean => c === MN || c === MNL || c === SQ;

/** Whether UAX #29 keeps units `i - 1` and `i` in one word, for classes without Extend or Format. */
function joined(classes: Uint8Array, i: number): boolean {
  const p = itemAt(classes, i - 1);
  const c = itemAt(classes, i);
  if (p === CR) return c === LF; // WB3, WB3a
  if (p === LF || c === CR || c === LF) return false; // WB3a, WB3b
  if (p === WS && c === WS) return true; // WB3d
  if ((p === AL || p === NU) && (c === AL || c === NU)) return true; // WB5, WB8, WB9, WB10
  if (p === AL && isMidLetter(c) && classes[i + 1] === AL) return true; // WB6
  if (isMidLetter(p) && c === AL && classes[i - 2] === AL) return true; // WB7
  if (p === NU && isMidNum(c) && classes[i + 1] === NU) return true; // WB12
  if (isMidNum(p) && c === NU && classes[i - 2] === NU) return true; // WB11
  if ((p === AL || p === NU || p === ENL) && c === ENL) return true; // WB13a
  return p === ENL && (c === AL || c === NU); // WB13b
}

/**
 * Word segments of `text` by UAX #29 when every character is one of the common ones above
 * (Intl.Segmenter gives the same, many times slower); null otherwise.
 */
function commonWordSegments(text: string, offset: number): TextSegment[] | null {
  const classes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = wordClass(text.charCodeAt(i));
    if (c === 0) return null;
    classes[i] = c;
  }
  const out: TextSegment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && joined(classes, i)) continue;
    out.push({ segment: text.slice(start, i), index: offset + start });
    start = i;
  }
  return out;
}

/**
 * What `new Intl.Segmenter(locale, {granularity}).segment(text)` yields (segment and
 * UTF-16 index), computed piece by piece. V8's segmenter slows down quadratically on long
 * strings (80,000 characters take over a second, a megabyte many minutes), so the text is
 * cut where UAX #29 always breaks and each piece is segmented alone: linear, same output.
 * Word pieces made only of common characters (ASCII, Latin letters, curly quotes, dashes)
 * are segmented by the UAX #29 rules directly, which the tests check against Intl.Segmenter.
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
    const chunk = text.slice(start, end);
    const common = granularity === 'word' ? commonWordSegments(chunk, start) : null;
    if (common) yield* common;
    else
      for (const piece of segmenter.segment(chunk))
        yield { segment: piece.segment, index: start + piece.index };
    start = end;
  }
}
