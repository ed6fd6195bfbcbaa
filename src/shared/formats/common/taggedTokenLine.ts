import { splitLines } from './splitLines';
import type { NumberedLine } from './splitLines';
import { ioTaggedLine } from './ioTaggedLine';

/** A tag of the IOB family: O, or B/I/E/S/L/U with a type (`B-PER`, `I_ORG`), or after it (Naver NER 2018's `ORG_B`). */
const TAG = /^(?:O|[BIESLU][-_]\S+|\S+_[BIES])$/;
/** Lines looked at: enough to tell a token file from prose without reading a long one whole. */
const SAMPLE = 2000;
/** Characters looked at: a 300 MB file is told by its head, not split whole into lines. */
const HEAD = 1 << 20;
/** A CoNLL-U word line: ten columns separated by tabs, the first an ID (`3`, `1-2`, `8.1`). */
const CONLLU_LINE = /^\d+(?:[.-]\d+)?(?:\t[^\t]*){9}$/u;
/** A name tag in a CoNLL-U MISC column (NorNE's `name=B-PER`, UD Estonian's `NE=I-Org`). */
const MISC_TAG = /(?:^|\|)(?:NE|name)=[BIESLU][-_]\S/u;
/** Share of the sampled lines that must be tagged tokens. */
const SHARE = 0.9;

/**
 * The first line with an entity tag when `content` is tokens tagged one per line (CoNLL,
 * IOB, IOBES, BILOU: a token, then columns of which one after the first is a tag, blank
 * lines between sentences, `-DOCSTART-` lines), CoNLL-U with names in MISC, or the IO scheme ({@link ioTaggedLine}), else
 * undefined: prose is not. Such a file
 * named `.txt` holds annotations plain text would drop.
 * @example taggedTokenLine('EU B-ORG\nrejects O\n') → { line: 1, text: 'EU B-ORG' }
 */
export function taggedTokenLine(content: string): NumberedLine | undefined {
  const all = splitLines(content.length > HEAD ? content.slice(0, HEAD) : content).filter(
    (l) => l.text.trim() !== '',
  );
  const lines = all.slice(0, SAMPLE);
  if (lines.length < 2) return undefined;
  const conllu = conlluNameLine(all);
  if (conllu) return conllu;
  const tagged = lines.filter((l) => isTaggedToken(l.text));
  if (tagged.length < lines.length * SHARE) return ioTaggedLine(lines);
  return tagged.find((l) => columns(l.text).some((c) => c !== 'O' && TAG.test(c)));
}

/**
 * The first line with a name in MISC when nine in ten of the first lines other than `#` lines
 * are CoNLL-U word lines (Loupe's CoNLL export of CoNLL-U documents is named `conll.txt`).
 */
function conlluNameLine(lines: readonly NumberedLine[]): NumberedLine | undefined {
  const words = lines.filter((l) => !l.text.startsWith('#')).slice(0, SAMPLE);
  const conllu = words.filter((l) => CONLLU_LINE.test(l.text));
  if (words.length < 2 || conllu.length < words.length * SHARE) return undefined;
  return conllu.find((l) => MISC_TAG.test(l.text.split('\t')[9] ?? ''));
}

function isTaggedToken(line: string): boolean {
  const [first, ...rest] = columns(line);
  if (first === '-DOCSTART-' || rest.at(-1) === '-') return true; // `-`: Naver NER 2018's outside tag
  return rest.length > 0 && rest.some((c) => TAG.test(c));
}

function columns(line: string): string[] {
  return line.trim().split(/[ \t]+/);
}
