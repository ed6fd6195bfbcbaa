import { codePointLength } from '../../spans';

/** Where a paragraph's tokens lie in its text: code point offsets, end exclusive. */
export interface TokenPlaces {
  readonly start: readonly number[];
  readonly end: readonly number[];
}

/** The first token not found where it should be, and the code point offset it was looked for at. */
export interface TokenNotFound {
  readonly token: number;
  readonly at: number;
}

const WHITESPACE = /\s/;

/**
 * Penn Treebank spellings of characters, as OntoNotes-derived files (spaCy's own example
 * among them) write tokens for the quotes and brackets `raw` has: each matches those characters.
 */
const PTB_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['``', ['"', '\u201c']],
  ["''", ['"', '\u201d']],
  ['-LRB-', ['(']],
  ['-RRB-', [')']],
  ['-LSB-', ['[']],
  ['-RSB-', [']']],
  ['-LCB-', ['{']],
  ['-RCB-', ['}']],
]);

/** The text a token stands for at `at`: its own, or the character its PTB spelling stands for there. */
function spelledAt(text: string, orth: string, at: number): string | null {
  if (text.startsWith(orth, at)) return orth;
  const chars = PTB_SPELLINGS.get(orth);
  const c = text[at];
  return chars && c !== undefined && chars.includes(c) ? c : null;
}

/**
 * Finds a paragraph's tokens in its text in order, as spaCy lays `Doc(words, spaces)` over
 * `raw`: each token starts where the one before ended, or after whitespace only (a whitespace
 * token, such as spaCy's `"\n"`, may start inside it); a PTB spelling (`` `` ``, `''`, `-LRB-`)
 * stands for the quote or bracket `raw` has there. Anything else between two tokens (a
 * word the tokens skip, a token spelled otherwise) means the tokens are not `raw`'s.
 * @example locateTokens('EU rejects.', ['EU', 'rejects', '.']) → { start: [0, 3, 10], end: [2, 10, 11] }
 */
export function locateTokens(text: string, orths: readonly string[]): TokenPlaces | TokenNotFound {
  const start: number[] = [];
  const end: number[] = [];
  let pos = 0; // UTF-16 offset where the next token may start
  let cp = 0; // its code point offset
  for (const [token, orth] of orths.entries()) {
    let at = pos;
    let spelled = spelledAt(text, orth, at);
    while (spelled === null) {
      const c = text[at];
      if (c === undefined || !WHITESPACE.test(c)) return { token, at: cp };
      at++;
      spelled = spelledAt(text, orth, at);
    }
    const from = cp + (at - pos); // whitespace is never a surrogate pair
    start.push(from);
    cp = from + codePointLength(spelled);
    end.push(cp);
    pos = at + spelled.length;
  }
  return { start, end };
}
