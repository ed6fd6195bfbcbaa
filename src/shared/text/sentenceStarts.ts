import { firstAbove } from './firstAbove';
import { ABBREVIATIONS, PREPOSITIVE, SENTENCE_STARTERS } from './sentenceAbbreviations';
import { PYTHON_SPACES } from './spacyEnglish';
import type { SpacyTokens } from './spacyEnglish';

/** What a sentence may start with beyond ASCII: a capital, a digit, an opening quote or bracket. */
const OPENING = /["'“‘«([{\p{Lu}\p{Lt}\p{N}]/uy;
/** A capital (the test pySBD makes on the next word after an abbreviation). */
const CAPITAL = /[\p{Lu}\p{Lt}]/uy;
/** A digit of any script. */
const NUMBER = /\p{N}/uy;
/** A multi-period abbreviation (pySBD's `MULTI_PERIOD_ABBREVIATION_REGEX`), its last period left off. */
const MULTI_PERIOD = /^\p{L}(?:\.\p{L})+$/u;

/**
 * Where sentences start (1 at the token that starts one) for token formats. A sentence
 * ends at a line break, or after `.`/`!`/`?`/`…` (and closing quotes) followed by whitespace
 * and a capital, digit or opening quote, with pySBD's English abbreviation rules for a
 * period: never after a title or an initial (`Gen. Mark A. Milley`, `Dr. Smith`); after a
 * multi-period abbreviation only before a sentence starter (`…the U.S. The next day`, not
 * `U.S. Army`) or after `a.m.`/`p.m.` before a capital; after another abbreviation only
 * before a capital (`Jan. 5` runs on). A start that falls inside one of `covered` (token
 * index pairs `[first, last]`, e.g. the spans to be written; a negative first is no pair) moves to the token after it
 * when that can start a sentence, else the sentence runs on: a sentence never cuts a span.
 * @example sentenceStarts(text, tokens, []) // 1 at 'The' in 'He left. The end.'
 */
export function sentenceStarts(
  text: string,
  tokens: SpacyTokens,
  covered: ArrayLike<number>,
  /** A text of tokenized sentences, one a line (an imported CoNLL file): sentences end at line breaks only. */
  linesOnly = false,
): Uint8Array {
  const starts = new Uint8Array(tokens.count);
  marksAfterEnds(text, tokens, starts, linesOnly);
  moveOutOfSpans(text, tokens, starts, covered);
  return starts;
}

/** Runs of line breaks (all of them whitespace to the tokenizer, so inside whitespace tokens). */
const LINE_BREAKS = /[\n\r\x85\u2028\u2029]+/g;
/**
 * What may close a sentence's last token (an end mark, or a closing quote or bracket after
 * one), then the whitespace after it: the only places where a sentence may start without a
 * line break. Whitespace as the tokenizer splits at it.
 */
const AFTER_END = new RegExp(`[.!?…"'”’»)\\]}][${PYTHON_SPACES}]+`, 'g');

/**
 * Sets 1 in `starts` at each token that starts a sentence by the rules above (spans aside):
 * the first word, the first word after a line break, and a word after an end mark and
 * whitespace when {@link endsSentence} says so. The places are found by the regex engine
 * (a few per sentence), not by a loop over every token: the first export in a process runs
 * this code unoptimized.
 */
function marksAfterEnds(
  text: string,
  tokens: SpacyTokens,
  starts: Uint8Array,
  linesOnly: boolean,
): void {
  const { isSpace, start16, count } = tokens;
  const above = firstAbove; // read once: under a CommonJS build (tsx) each use would call an export getter
  let first = 0;
  while (first < count && isSpace[first] === 1) first++;
  if (first === count) return;
  starts[first] = 1;
  const breaks = new RegExp(LINE_BREAKS); // its own lastIndex
  let i = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    i = above(start16, m.index, count, i);
    while (i < count && isSpace[i] === 1) i++;
    if (i < count) starts[i] = 1;
  }
  if (linesOnly) return;
  const ends = new RegExp(AFTER_END);
  i = 0;
  for (let m = ends.exec(text); m !== null; m = ends.exec(text)) {
    i = above(start16, m.index + m[0].length - 1, count, i); // the word after the whitespace
    if (i >= count || starts[i] === 1) continue;
    let previous = i - 1;
    while (previous >= 0 && isSpace[previous] === 1) previous--;
    if (previous >= 0 && opens(text, start16[i] ?? 0) && endsSentence(text, tokens, previous, i))
      starts[i] = 1;
  }
}

/** Whether the character at `at` may start a sentence (a capital, digit, opening quote or bracket). */
function opens(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80)
    return (
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 34 ||
      c === 39 ||
      c === 40 ||
      c === 91 ||
      c === 123
    );
  OPENING.lastIndex = at;
  return OPENING.test(text);
}

/** Whether every character of the token is one of `chars`. */
function only(text: string, tokens: SpacyTokens, i: number, chars: string): boolean {
  for (let k = tokens.start16[i] ?? 0; k < (tokens.end16[i] ?? 0); k++)
    if (!chars.includes(text.charAt(k))) return false;
  return true;
}

const word = (text: string, tokens: SpacyTokens, i: number): string =>
  text.slice(tokens.start16[i], tokens.end16[i]);

/**
 * Whether the sentence may end after token `last` (an end mark, maybe behind closing quotes)
 * before token `next`, whitespace between them; exported for tests.
 * @example endsSentence('Gen. Milley', tokens, 0, 2) === false
 */
export function endsSentence(
  text: string,
  tokens: SpacyTokens,
  last: number,
  next: number,
): boolean {
  let i = last;
  while (i > 0 && only(text, tokens, i, '"\'”’»)]}')) i--;
  const end = tokens.end16[i] ?? 0;
  if (text.charCodeAt(end - 1) !== 46 /* . */) return only(text, tokens, i, '.!?…');
  if (only(text, tokens, i, '.!?…')) {
    // A lone period: the word glued before it may be an abbreviation spaCy split off (`Pres .`).
    if (end - (tokens.start16[i] ?? 0) > 1 || i === 0 || tokens.isSpace[i - 1] === 1) return true;
    if ((tokens.end16[i - 1] ?? 0) !== (tokens.start16[i] ?? 0)) return true;
    return abbreviationEndsSentence(word(text, tokens, i - 1), text, tokens, next);
  }
  // A token ending in a period that spaCy kept whole (`U.S.`, `Gen.`, `p.m.`, `A.`).
  return abbreviationEndsSentence(text.slice(tokens.start16[i], end - 1), text, tokens, next);
}

/** pySBD's English rules for a period after `abbreviation` (its text without that period) before token `next`. */
function abbreviationEndsSentence(
  abbreviation: string,
  text: string,
  tokens: SpacyTokens,
  next: number,
): boolean {
  const lower = abbreviation.toLowerCase();
  const at = tokens.start16[next] ?? 0;
  CAPITAL.lastIndex = at;
  const capital = CAPITAL.test(text);
  // An initial (`Mark A. Milley`) never ends one, but the pronoun `I` may (`you and I. Did you…`).
  if (abbreviation.length === 1 && abbreviation !== lower)
    return abbreviation === 'I' && SENTENCE_STARTERS.has(word(text, tokens, next));
  if (MULTI_PERIOD.test(abbreviation)) {
    if (lower === 'a.m' || lower === 'p.m') return capital;
    return abbreviation !== lower && SENTENCE_STARTERS.has(word(text, tokens, next));
  }
  if (PREPOSITIVE.has(lower)) return false;
  // pySBD keeps the period of any other listed abbreviation before a number or `(` (`No. 5`, `Jan. 5`).
  if (ABBREVIATIONS.has(lower)) return capital || !numberOrParen(text, at);
  return true;
}

function numberOrParen(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 40) return true;
  NUMBER.lastIndex = at;
  return NUMBER.test(text);
}

/** Clears starts inside the covered ranges (pairs with a negative first are none); a cleared start moves to just after its range when a sentence can start there. */
function moveOutOfSpans(
  text: string,
  tokens: SpacyTokens,
  starts: Uint8Array,
  covered: ArrayLike<number>,
): void {
  // Mentions come in text order: their pairs are read as they are, and only sorted (a list of
  // their places) when they are not, instead of making that list for every document.
  let sorted = true;
  let before = -1;
  for (let k = 0; k + 1 < covered.length && sorted; k += 2) {
    const first = covered[k] ?? 0;
    if (first < 0) continue;
    sorted = first >= before;
    before = first;
  }
  let order: number[] | null = null;
  if (!sorted) {
    order = [];
    for (let k = 0; k + 1 < covered.length; k += 2) if ((covered[k] ?? 0) >= 0) order.push(k);
    order.sort((a, b) => (covered[a] ?? 0) - (covered[b] ?? 0));
  }
  const pairs = order ? order.length : covered.length >> 1;
  let reach = -1;
  let moved = false;
  // No closure per document: under a build that keeps function names (tsx) each costs a defineProperty.
  for (let o = 0; o < pairs; o++) {
    const k = order ? (order[o] ?? 0) : 2 * o;
    if ((covered[k] ?? 0) < 0) continue;
    const first = covered[k] ?? 0;
    const last = covered[k + 1] ?? 0;
    if (first > reach && moved) {
      landAfter(text, tokens, starts, reach);
      moved = false;
    }
    for (let i = Math.max(first + 1, reach + 1); i <= last; i++)
      if (starts[i] === 1) {
        starts[i] = 0;
        moved = true;
      }
    reach = Math.max(reach, last);
  }
  if (moved) landAfter(text, tokens, starts, reach);
}

/** Marks a sentence start at the first word after token `after`, when a sentence can start there. */
function landAfter(text: string, tokens: SpacyTokens, starts: Uint8Array, after: number): void {
  let j = after + 1;
  while (j < tokens.count && tokens.isSpace[j] === 1) j++;
  if (j < tokens.count && opens(text, tokens.start16[j] ?? 0)) starts[j] = 1;
}
