import { splitLines } from './splitLines';

/** A tag of the IOB family: O, or B/I/E/S/L/U and a type. */
const TAG = /^(?:O|[BIESLU]-\S+)$/;
/** Lines looked at: enough to tell a token file from prose without reading a long one whole. */
const SAMPLE = 2000;
/** Share of the sampled lines that must be tagged tokens. */
const SHARE = 0.9;

/**
 * Whether `content` is tokens tagged one per line (CoNLL, IOB, BIOES, BILOU): of its first
 * non-blank lines other than `#` comments, nine in ten are a token and columns ending in a tag
 * (`O` counts) or `-DOCSTART-`. Prose, and a table of other things, is not.
 * @example isTokenFile('EU\tB-ORG\nrejects\tO\n') === true; isTokenFile('The US rejected Iraq’s request.\n') === false
 */
export function isTokenFile(content: string): boolean {
  const lines = splitLines(content.slice(0, 1 << 20))
    .map((l) => l.text.trim())
    .filter((t) => t !== '' && !t.startsWith('#'))
    .slice(0, SAMPLE);
  if (lines.length === 0) return false;
  const tagged = lines.filter((line) => {
    const columns = line.split(/[ \t]+/);
    return (
      columns[0] === '-DOCSTART-' ||
      (columns.length > 1 && TAG.test(columns[columns.length - 1] ?? ''))
    );
  });
  return tagged.length >= lines.length * SHARE;
}
