import type { SpacyTokens } from './spacyEnglish';
import { itemAt } from '../collections';

/** Tokens that end a sentence: `.`, `!`, `?`, `…` and runs of them (`?!`, `...`). */
const TERMINAL = /^[.!?…]+$/u;
/** Tokens that may stand between the end mark and the next sentence: closing quotes and brackets. */
const CLOSING = /^["'”’»)\]}]+$/u;
/** What a sentence may start with: a capital, a digit, an opening quote or bracket. */
const OPENING = /^["'“‘«([{\p{Lu}\p{Lt}\p{N}]/u;
/** Line breaks: a sentence never runs across one. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/u;
/**
 * Titles and abbreviations that spaCy splits from their period but that do not end a
 * sentence (spaCy keeps `Gen.`, `Dr.`, `U.S.`, `A.` whole already).
 */
const ABBREVIATION =
  /^(?:\p{Lu}|Adm|Amb|Brig|Cmdr|Col|Cpl|Det|Gen|Gov|Hon|Insp|Lt|Maj|Messrs|Mme|Mr|Mrs|Ms|Msgr|Pres|Prof|Rep|Rev|Sen|Sgt|Sr|Jr|Supt|No|Nos|Vol|Fig|approx|est|al|vs|etc)$/u;

/**
 * Where sentences start (1 at the token that starts one) for token formats. A sentence
 * ends at a line break, or after `.`/`!`/`?` (and closing quotes) followed by whitespace and
 * a capital, digit or opening quote, unless the period closes a title, an initial or an
 * abbreviation (`Gen. Mark A. Milley`, `U.S. State Department`). A start that falls inside
 * one of `covered` (token index pairs `[first, last]`, e.g. the spans to be written) moves
 * to the token after it when that can start a sentence, else the sentence runs on: a
 * sentence never cuts a span.
 * @example sentenceStarts(text, tokens, []) // 1 at 'The' in 'He left. The end.'
 */
export function sentenceStarts(
  text: string,
  tokens: SpacyTokens,
  covered: ArrayLike<number>,
): Uint8Array {
  const starts = new Uint8Array(tokens.count);
  const word = (i: number): string => text.slice(tokens.start16[i], tokens.end16[i]);
  let previous = -1; // the last non-space token
  let broken = false; // a line break since `previous`
  let spaced = false; // any whitespace since `previous`
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpace[i] === 1) {
      spaced = true;
      if (!broken && LINE_BREAK.test(word(i))) broken = true;
      continue;
    }
    if (previous === -1) starts[i] = 1;
    else if (broken || (spaced && endsSentence(word, tokens, previous) && OPENING.test(word(i))))
      starts[i] = 1;
    previous = i;
    broken = false;
    spaced = tokens.spaceAfter[i] === 1;
  }
  moveOutOfSpans(tokens, starts, covered, (j) => OPENING.test(word(j)));
  return starts;
}

/** Whether the sentence may end after token `last` (an end mark, maybe behind closing quotes). */
function endsSentence(word: (i: number) => string, tokens: SpacyTokens, last: number): boolean {
  let i = last;
  while (i > 0 && CLOSING.test(word(i))) i--;
  if (!TERMINAL.test(word(i))) return false;
  if (word(i) !== '.' || i === 0 || tokens.isSpace[i - 1] === 1) return true;
  return !ABBREVIATION.test(word(i - 1));
}

/** Clears starts inside the covered ranges; a cleared start moves to just after its range when a sentence can start there. */
function moveOutOfSpans(
  tokens: SpacyTokens,
  starts: Uint8Array,
  covered: ArrayLike<number>,
  canStart: (token: number) => boolean,
): void {
  const pairs: [number, number][] = [];
  for (let k = 0; k + 1 < covered.length; k += 2)
    pairs.push([itemAt(covered, k), itemAt(covered, k + 1)]);
  pairs.sort((a, b) => a[0] - b[0]);
  let reach = -1;
  let moved = false;
  const land = (after: number): void => {
    let j = after + 1;
    while (j < tokens.count && tokens.isSpace[j] === 1) j++;
    if (j < tokens.count && canStart(j)) starts[j] = 1;
  };
  for (const [first, last] of pairs) {
    if (first > reach && moved) {
      land(reach);
      moved = false;
    }
    for (let i = Math.max(first + 1, reach + 1); i <= last; i++)
      if (starts[i] === 1) {
        starts[i] = 0;
        moved = true;
      }
    reach = Math.max(reach, last);
  }
  if (moved) land(reach);
}
