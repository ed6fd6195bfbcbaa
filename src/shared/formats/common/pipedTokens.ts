import { splitLines } from './splitLines';
import type { NumberedLine } from './splitLines';

/** A tag of the IOB family: O, or B/I/E/S/L/U with a type (`B-PER`, `I_ORG`). */
const TAG = /^(?:O|[BIESLU][-_]\S+)$/;
/** Lines looked at: enough to tell the layout from prose without reading a long file whole. */
const SAMPLE = 2000;
/** Share of the sampled lines that must be sentences of piped tokens to tell a file's format. */
const SHARE = 0.9;
/** Tokens of a line: separated by runs of spaces and tabs. */
const SEPARATORS = /[ \t]+/;

/**
 * The first line with an entity tag when `content` holds one sentence per line of tokens
 * tagged inline, `word|POS|tag` or `word|tag` separated by spaces (WikiNER, and what spaCy's
 * `iob` converter reads), else undefined. Nine sampled lines in ten must be such sentences
 * (`share`: a reader told the file is tokens asks for half, and names the other lines' faults);
 * a file of them all tagged `O` gives its first line. Prose and token-per-line files are not.
 * @example pipedTokenLine('The|DT|O European|NNP|I-MISC\n')?.line === 1
 */
export function pipedTokenLine(content: string, share = SHARE): NumberedLine | undefined {
  const lines = splitLines(content.length > 1 << 20 ? content.slice(0, 1 << 20) : content)
    .filter((l) => l.text.trim() !== '')
    .slice(0, SAMPLE);
  if (lines.length === 0) return undefined;
  const piped = lines.filter((l) => isPipedSentence(l.text));
  if (piped.length === 0 || piped.length < lines.length * share) return undefined;
  return piped.find((l) => tokensOf(l.text).some((t) => !t.endsWith('|O'))) ?? piped[0];
}

/** Whether every token of the line is a word, `|`, and a tag after its last `|`. */
function isPipedSentence(line: string): boolean {
  return tokensOf(line).every((token) => {
    const bar = token.lastIndexOf('|');
    return bar > 0 && TAG.test(token.slice(bar + 1));
  });
}

/**
 * A sentence line's tokens (`Daniel|NNP|I-PER Guerin|NNP|I-PER` → two).
 * @example tokensOf(' I|O like|O ') → ['I|O', 'like|O']
 */
export function tokensOf(line: string): string[] {
  return line.trim().split(SEPARATORS);
}

/**
 * A piped token's columns, `width` of them, split at its last bars so that a word holding
 * `|` keeps it (`a|b|NN|O` of width 3 → `a|b`, `NN`, `O`); undefined when it has fewer.
 * @example pipedColumns('London|NNP|I-LOC', 3) → ['London', 'NNP', 'I-LOC']
 */
export function pipedColumns(token: string, width: number): string[] | undefined {
  const parts = token.split('|');
  if (parts.length < width) return undefined;
  const cut = parts.length - width + 1;
  return [parts.slice(0, cut).join('|'), ...parts.slice(cut)];
}
