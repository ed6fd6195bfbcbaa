import { spacedTokens } from '../../text';
import type { SpacyTokens } from '../../text';
import type { KeptConll } from './keptConll';

/**
 * The tokens of a document imported from a CoNLL file: its text split at spaces and line
 * breaks (see `spacedTokens`), each word of the file that held a space (`kept.spacedWords`)
 * one token, as the file had it.
 * @example conllTokens('ke s O', { …, spacedWords: [[0, 4]] }).count === 3 // `ke s`, the space after it, `O`
 */
export function conllTokens(text: string, kept: KeptConll | null): SpacyTokens {
  const tokens = spacedTokens(text);
  const words = kept?.spacedWords;
  if (!words || words.length === 0) return tokens;
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
