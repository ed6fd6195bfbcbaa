import { spacedTokens } from '../../text';
import type { SpacyTokens } from '../../text';
import type { KeptConll } from './keptConll';

/**
 * The tokens of a document imported from a CoNLL file: its text split at spaces and line
 * breaks (see `spacedTokens`) and where one word ran on into the next (`kept.glued`, CoNLL-U's
 * `SpaceAfter=No`), each word of the file that held a space (`kept.spacedWords`) one token, as
 * the file had it.
 * @example conllTokens('ke s O', { …, spacedWords: [[0, 4]] }).count === 3 // `ke s`, the space after it, `O`
 * @example conllTokens('gozdarstvo, ki', { …, glued: [10] }).count === 4 // `gozdarstvo`, `,`, a space, `ki`
 */
export function conllTokens(text: string, kept: KeptConll | null): SpacyTokens {
  const spaced = spacedTokens(text);
  const glued = kept?.glued;
  const tokens = glued && glued.length > 0 ? cutAt(text, spaced, glued) : spaced;
  const words = kept?.spacedWords;
  if (!words || words.length === 0) return tokens;
  return joined(tokens, words);
}

/** The tokens cut where a word ends and the next begins with no space between (`glued`, code points, ascending). */
function cutAt(text: string, tokens: SpacyTokens, glued: readonly number[]): SpacyTokens {
  const { count, start, end, start16, end16, spaceAfter, isSpace } = tokens;
  const out = new Columns();
  let g = 0;
  for (let i = 0; i < count; i++) {
    let from = start[i] ?? 0;
    let from16 = start16[i] ?? 0;
    const to = end[i] ?? 0;
    while (g < glued.length && (glued[g] ?? 0) <= from) g++;
    while (isSpace[i] === 0 && g < glued.length && (glued[g] ?? 0) < to) {
      const cut = glued[g++] ?? 0;
      const cut16 = unitsAfter(text, from16, cut - from);
      out.push(from, cut, from16, cut16, 0);
      from = cut;
      from16 = cut16;
    }
    out.push(from, to, from16, end16[i] ?? 0, spaceAfter[i] ?? 0, isSpace[i]);
  }
  return out.tokens();
}

/** The UTF-16 offset `points` code points after unit `at` of `text`. */
function unitsAfter(text: string, at: number, points: number): number {
  let unit = at;
  for (let p = 0; p < points; p++) unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
  return unit;
}

/** The tokens with each word of the file that held a space (`words`, code points) made one. */
function joined(tokens: SpacyTokens, words: readonly (readonly [number, number])[]): SpacyTokens {
  const { count, start, end, start16, end16, spaceAfter, isSpace } = tokens;
  const out = new Columns();
  let w = 0;
  for (let i = 0; i < count; i++) {
    const from = start[i] ?? 0;
    while (w < words.length && (words[w]?.[1] ?? 0) <= from) w++;
    const [ws = 0, we = 0] = words[w] ?? [];
    if (w >= words.length || we <= from || ws > from) {
      out.push(from, end[i] ?? 0, start16[i] ?? 0, end16[i] ?? 0, spaceAfter[i] ?? 0, isSpace[i]);
      continue;
    }
    // The word's tokens (and the spaces between them) become one; it ends where the word ends.
    let j = i;
    while (j + 1 < count && (end[j + 1] ?? 0) <= we) j++;
    const last = end[j] ?? 0;
    const start16At = (start16[i] ?? 0) - (from - ws);
    const after = last === we ? (spaceAfter[j] ?? 0) : 0;
    out.push(ws, we, start16At, (end16[j] ?? 0) + (we - last), after, 0);
    i = j;
  }
  return out.tokens();
}

/** Growing columns of tokens. */
class Columns {
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  private readonly start16: number[] = [];
  private readonly end16: number[] = [];
  private readonly spaceAfter: number[] = [];
  private readonly isSpace: number[] = [];

  push(start: number, end: number, start16: number, end16: number, after: number, space = 0): void {
    this.start.push(start);
    this.end.push(end);
    this.start16.push(start16);
    this.end16.push(end16);
    this.spaceAfter.push(after);
    this.isSpace.push(space);
  }

  tokens(): SpacyTokens {
    return {
      count: this.start.length,
      start: Int32Array.from(this.start),
      end: Int32Array.from(this.end),
      start16: Int32Array.from(this.start16),
      end16: Int32Array.from(this.end16),
      spaceAfter: Uint8Array.from(this.spaceAfter),
      isSpace: Uint8Array.from(this.isSpace),
    };
  }
}
