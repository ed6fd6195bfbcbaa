import { splitLines } from './splitLines';
import type { NumberedLine } from './splitLines';
import { ioTaggedLine } from './ioTaggedLine';

/** A tag of the IOB family: O, or B/I/E/S/L/U with a type (`B-PER`, `I_ORG`). */
const TAG = /^(?:O|[BIESLU][-_]\S+)$/;
/** Lines looked at: enough to tell a token file from prose without reading a long one whole. */
const SAMPLE = 2000;
/** Characters looked at: a 300 MB file is told by its head, not split whole into lines. */
const HEAD = 1 << 20;
/** Share of the sampled lines that must be tagged tokens. */
const SHARE = 0.9;

/**
 * The first line with an entity tag when `content` is tokens tagged one per line (CoNLL,
 * IOB, IOBES, BILOU: a token, then columns of which one after the first is a tag, blank
 * lines between sentences, `-DOCSTART-` lines) or the IO scheme ({@link ioTaggedLine}), else
 * undefined: prose is not. Such a file
 * named `.txt` holds annotations plain text would drop.
 * @example taggedTokenLine('EU B-ORG\nrejects O\n') → { line: 1, text: 'EU B-ORG' }
 */
export function taggedTokenLine(content: string): NumberedLine | undefined {
  const lines = splitLines(content.length > HEAD ? content.slice(0, HEAD) : content)
    .filter((l) => l.text.trim() !== '')
    .slice(0, SAMPLE);
  if (lines.length < 2) return undefined;
  const tagged = lines.filter((l) => isTaggedToken(l.text));
  if (tagged.length < lines.length * SHARE) return ioTaggedLine(lines);
  return tagged.find((l) => columns(l.text).some((c) => c !== 'O' && TAG.test(c)));
}

function isTaggedToken(line: string): boolean {
  const [first, ...rest] = columns(line);
  return first === '-DOCSTART-' || (rest.length > 0 && rest.some((c) => TAG.test(c)));
}

function columns(line: string): string[] {
  return line.trim().split(/[ \t]+/);
}
