import { conllTokens, keptConllOf } from '../common';
import type {
  ByteWriter,
  ExportScheme,
  FormatDocument,
  KeptConll,
  Tally,
  TaggedDocument,
} from '../common';
import { medlineId } from './conllLines';
import { isDocIdLine } from './newdocs';
import { fileScheme, schemeTags } from './exportScheme';
import { suffixedTag } from './suffixTags';

/** Where an export writes the token and the tag among its columns (0-based). */
export interface ExportLayout {
  readonly columns: number;
  readonly token: number;
  readonly tag: number;
}

/** Loupe's own CoNLL-2003 shape: `token -X- _ TAG`. */
export const DEFAULT_LAYOUT: ExportLayout = { columns: 4, token: 0, tag: 3 };
/** What Loupe's own shape writes for the part of speech and chunk it does not have. */
const DEFAULT_FILLERS = ['-X-', '_'];

export const KEPT_REASONS = {
  cut: 'token cut at a span edge: its kept CoNLL columns written as _',
  unfit: 'sentence whose kept CoNLL columns no longer fit its tokens: written as _',
  mixed: 'document whose kept CoNLL columns were left out: the export mixes column layouts',
  comments:
    'comment line kept from a CoNLL file not written (conlleval.pl and spaCy would read it as a token)',
  mixedComments:
    'comment line kept from a CoNLL file not written: its document was written in other columns, the export mixes column layouts',
  medline: '###MEDLINE line written as a -DOCSTART- line: the export mixes column layouts',
  joined:
    "comment line of a sentence a span joins to the one before it written before the joined sentence, after that one's (a # line among its words would read as a word)",
  spaced:
    'word holding a space written whole, the export tab-separated (conlleval.pl reads it with -d "\\t"; spaCy\'s CoNLL-NER converter splits lines at any whitespace and cannot)',
} as const;

/**
 * Whether an export writes its columns separated by tabs: when a document it writes has a word
 * holding a space (see `KeptConll.spacedWords`; written with spaces between columns, it would
 * read as two words), or when every document that kept CoNLL columns came from a tab-separated
 * file; else by single spaces, as CoNLL-2003 is.
 * @example tabSeparatedExport([btcDoc]) === true
 */
export function tabSeparatedExport(documents: readonly FormatDocument[]): boolean {
  let kept = 0;
  let tabbed = 0;
  for (const doc of documents) {
    const conll = keptConllOf(doc.metadata);
    if (!conll) continue;
    if (conll.spacedWords) return true;
    kept++;
    if (conll.tabs) tabbed++;
  }
  return kept > 0 && tabbed === kept;
}

/**
 * The columns an export writes: those of the documents imported from CoNLL when they all
 * agree (count, token and tag places), else Loupe's own; null when no document kept any,
 * so the export goes its fast way. Documents whose layout is not the export's are counted.
 * @example exportLayout([conllDoc], tally) → { columns: 4, token: 0, tag: 3 }
 */
export function exportLayout(
  documents: readonly FormatDocument[],
  tally: Tally,
): ExportLayout | null {
  const layouts: KeptConll[] = [];
  for (const doc of documents) {
    const kept = keptConllOf(doc.metadata);
    if (kept) layouts.push(kept);
  }
  const [first] = layouts;
  if (!first) return null;
  if (layouts.every((l) => sameLayout(l, first)))
    return { columns: first.columns, token: first.token, tag: first.tag };
  tally.add(KEPT_REASONS.mixed, layouts.filter((l) => !sameLayout(l, DEFAULT_LAYOUT)).length);
  return DEFAULT_LAYOUT;
}

function sameLayout(a: ExportLayout, b: ExportLayout): boolean {
  return a.columns === b.columns && a.token === b.token && a.tag === b.tag;
}

/**
 * One document's lines in the export's layout: its `-DOCSTART-` line (its own when it kept
 * one that fits; none for the export's first document when its file had none), a blank line,
 * then a line per word token with the columns it kept where the token is the one it was
 * imported with (`_` where a new span cut it, counted); a blank line after each sentence.
 * Without a scheme asked for, the file's own shape: its columns in its order, and its kept
 * comment lines (MultiCoNER's `# id … domain=en`, GermEval's `#<TAB>source`) where they were
 * when the document is in its file's layout and scheme, as its corpus's readers take them
 * (a comment of a sentence a span joins to the one before goes before the joined sentence,
 * noted). With one asked for, the token first and the tag last, where conlleval.pl and spaCy
 * read them (a file of tags first, the MIT corpora's, in its own order), and no comment lines
 * (they would read them as tokens): counted; but the file's own scheme asked for, of a file
 * already in that order (MultiCoNER's `--scheme iob2`), keeps them as without one. Slower than Loupe's own shape, and used only for
 * exports that keep columns or write another scheme than IOB2. Returns the line breaks the
 * export ends with when the document is its last: those its file ended with, when it ended
 * the file and the comments after its last sentence were written.
 */
export function keptLines(
  out: ByteWriter,
  doc: FormatDocument,
  tagged: TaggedDocument,
  how: {
    layout: ExportLayout;
    scheme: ExportScheme;
    tabs: boolean;
    first: boolean;
    /** Whether the user asked for a scheme: the columns then go where conlleval.pl and spaCy read them. */
    asked: boolean;
  },
  tally: Tally,
  tagColumn: (label: string) => string,
): number | undefined {
  const { layout } = how;
  const tagOf = schemeTags(tagged, how.scheme, tally);
  const kept = keptConllOf(doc.metadata);
  const own = kept && sameLayout(kept, layout) ? kept : null;
  const between = how.tabs ? '\t' : ' ';
  const rows = own ? new KeptRows(doc.text, own, tally) : null;
  // The file's own shape unless a scheme is asked for: then where conlleval.pl and spaCy read it.
  const order = how.asked ? columnOrder(layout) : fileOrder(layout);
  // Comment lines where they were when the document keeps its file's shape: its scheme, its
  // columns in their order (a scheme asked for that changes neither, MultiCoNER's IOB2).
  const inFileOrder = order.every((column, at) => column === at);
  const comments = own && inFileOrder && how.scheme === fileScheme(doc) ? (own.comments ?? []) : [];
  // A file of one document without a -DOCSTART- line (WNUT, Few-NERD, MIT Movie) goes back
  // without one: their readers would take it for a word. Loupe reads the sentences before a
  // file's first -DOCSTART- as a document of their own. A document its file opened with a
  // `# doc_id` line (OGER's) is opened by it again, when its comment lines are written.
  const opened = comments.some(([s, line]) => s === 0 && isDocIdLine(line));
  if (!((how.first || opened) && own && own.docstart === undefined)) {
    const docstart = docstartLine(own, layout, how.asked);
    // In its file's shape, as close to its sentences as it was (CoNLL-2002 Dutch has no blank line there).
    const blank = own?.docstartTight && !how.asked ? '' : '\n';
    out.text(`${how.tabs ? docstart.replaceAll(' ', '\t') : docstart}\n${blank}`);
  }
  tally.add(KEPT_REASONS.comments, (own?.comments?.length ?? 0) - comments.length);
  // A document in other columns than its file's: its comment lines are not written either.
  if (!own) tally.add(KEPT_REASONS.mixedComments, kept?.comments?.length ?? 0);
  const lines = comments.length > 0 ? new LineIndex(doc.text) : null;
  if (!own && kept?.docstart !== undefined && medlineId(kept.docstart) !== null)
    tally.note(KEPT_REASONS.medline);
  const language = kept?.wordPrefix ?? '';
  // Tags written type first (`PER_B`) go back so in the file's own shape.
  const suffix = own && !how.asked ? own.tagSuffix : undefined;
  // Chunks its file began with the other prefix (WNUT 2017's `I-` after `O`), in its own scheme.
  const otherStarts =
    own?.otherStarts && !how.asked && how.scheme === fileScheme(doc)
      ? new Set(own.otherStarts)
      : null;
  const { text, tokens, mentions, mentionLabel, sentenceStart, labels } = tagged;
  const names = labels.map(tagColumn);
  const cells = new Array<string>(layout.columns).fill('_');
  const fillers = layout === DEFAULT_LAYOUT ? DEFAULT_FILLERS : [];
  let m = 0;
  let c = 0; // the next comment line to write
  let written = false;
  let before = -1; // the label of the word before in its sentence, -1 for none or O
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpace[i] === 1) continue;
    if (i > (mentions[2 * m + 1] ?? 0)) m++;
    const first = mentions[2 * m] ?? 0;
    const label = names[mentionLabel[m] ?? 0] ?? '';
    let prefixed = i < first ? 'O' : tagOf(m, i, label);
    if (i === first && otherStarts?.has(tokens.start[i] ?? -1)) {
      const apart = sentenceStart[i] === 1 || before !== mentionLabel[m];
      prefixed = fileStartTag(prefixed, label, how.scheme, apart);
    }
    before = i < first ? -1 : (mentionLabel[m] ?? -1);
    const tag = suffix ? suffixedTag(prefixed, suffix) : prefixed;
    const start = tokens.start16[i] ?? 0;
    const end = tokens.end16[i] ?? 0;
    const place = rows?.place(start, end) ?? null;
    if (sentenceStart[i] === 1 && written) out.ascii('\n');
    if (place && lines && (sentenceStart[i] === 1 || !written)) {
      // The comments of every sentence of the file this one holds (a span may join several).
      const last = lines.of(lastWordEnd(tagged, i) - 1);
      for (; c < comments.length && (comments[c]?.[0] ?? 0) <= last; c++) {
        if ((comments[c]?.[0] ?? 0) > place.sentence) tally.note(KEPT_REASONS.joined);
        out.text(`${comments[c]?.[1] ?? '#'}\n`);
      }
    }
    written = true;
    const other = place?.columns ?? null;
    let k = 0;
    for (let o = 0; o < order.length; o++) {
      const column = order[o];
      if (column === layout.token) {
        const word = `${language}${text.slice(start, end)}`;
        if (how.tabs && word.includes(' ')) tally.note(KEPT_REASONS.spaced);
        cells[o] = word;
      } else if (column === layout.tag) cells[o] = tag;
      else {
        cells[o] = other?.[k] ?? fillers[k] ?? '_';
        k++;
      }
    }
    out.text(`${cells.join(between)}\n`);
  }
  if (written) out.ascii('\n');
  for (; c < comments.length; c++) out.text(`${comments[c]?.[1] ?? '#'}\n`);
  const sentences = tagged.text.split('\n').length;
  const after = (kept?.comments ?? []).some(([s]) => s >= sentences);
  return written && (!after || comments.length > 0) ? kept?.lineBreaksAtEnd : undefined;
}

/**
 * A chunk's first tag as its file wrote it (see `KeptConll.otherStarts`), when that reads as
 * the same chunk: IOB2's `I-` when no word of its type comes right before it in its sentence
 * (`apart`), IOB1's `B-` always; else the tag the export writes.
 * @example fileStartTag('B-PER', 'PER', 'iob2', true) === 'I-PER'
 */
function fileStartTag(tag: string, label: string, scheme: ExportScheme, apart: boolean): string {
  if (scheme === 'iob2' && apart && tag === `B-${label}`) return `I-${label}`;
  if (scheme === 'iob1' && tag === `I-${label}`) return `B-${label}`;
  return tag;
}

/**
 * The file's columns in the order the export writes them: the token first and the tag last,
 * where spaCy's CoNLL-NER converter and conlleval.pl read them (a GermEval or UNER file's
 * numbering column, first in the file, would be read as the words), the others between as
 * they were; a file of tags first (the MIT Movie and Restaurant corpora's `B-ACTOR<TAB>bruce`)
 * in its own order, as the readers of those corpora take it.
 */
function columnOrder(layout: ExportLayout): number[] {
  if (layout.tag === 0) return Array.from({ length: layout.columns }, (_, c) => c);
  const order: number[] = [layout.token];
  for (let c = 0; c < layout.columns; c++)
    if (c !== layout.tag && c !== layout.token) order.push(c);
  order.push(layout.tag);
  return order;
}

/** The file's columns in their own order, as a file comes back when nothing asks for another shape. */
function fileOrder(layout: ExportLayout): number[] {
  return Array.from({ length: layout.columns }, (_, c) => c);
}

/** The UTF-16 end of the last word of the sentence the export starts at token `i`. */
function lastWordEnd(tagged: TaggedDocument, i: number): number {
  const { tokens, sentenceStart } = tagged;
  let end = tokens.end16[i] ?? 0;
  for (let j = i + 1; j < tokens.count && sentenceStart[j] !== 1; j++)
    if (tokens.isSpace[j] !== 1) end = tokens.end16[j] ?? end;
  return end;
}

/** The line (0-based) of a UTF-16 offset of a text: its sentence, in a text read from CoNLL. */
class LineIndex {
  private readonly breaks: number[] = [];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
      this.breaks.push(at);
  }

  /** The count of line breaks before `at`. */
  of(at: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.breaks[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The document's own `-DOCSTART-` line when it has the export's columns, its `###MEDLINE:`
 * line when it had one (JNLPBA's evaluation script needs them; conlleval.pl and spaCy read
 * no such line), any line of its own in its file's shape (not `asked`: a `#DOCSTART` line, a
 * bare `-DOCSTART-`, Label Studio's `-DOCSTART- -X- O` over rows of four columns;
 * conlleval.pl would read the first as a token and stop at the others, lines of fewer
 * columns), else a `-DOCSTART-` line made for the columns.
 */
function docstartLine(kept: KeptConll | null, layout: ExportLayout, asked: boolean): string {
  if (kept?.docstart && kept.docstart.split(' ').length === layout.columns) return kept.docstart;
  if (kept?.docstart && !asked) return kept.docstart;
  if (kept?.docstart && medlineId(kept.docstart) !== null) return kept.docstart;
  if (layout === DEFAULT_LAYOUT) return '-DOCSTART- -X- O O';
  // -DOCSTART- first, as readers look for it (spaCy, conlleval.pl, Loupe); O where the tag is written.
  const cells = new Array<string>(layout.columns).fill('-X-');
  cells[layout.columns - 1] = 'O';
  cells[0] = '-DOCSTART-';
  return cells.join(' ');
}

/**
 * The kept columns of each of the text's own tokens, found by the token's extent: a token the
 * export cut (a new span inside it) is not one of them and gets `_` (counted), as does every
 * token of a sentence whose kept lines do not match its words (counted once).
 */
class KeptRows {
  private readonly source;
  private readonly sentenceOf: Int32Array;
  private readonly indexOf: Int32Array;
  private readonly words: number[] = [];
  private readonly split = new Map<number, string[] | null>();
  private at = 0;

  constructor(
    text: string,
    private readonly kept: KeptConll,
    private readonly tally: Tally,
  ) {
    this.source = conllTokens(text, kept);
    const { count, isSpace, start16, end16 } = this.source;
    this.sentenceOf = new Int32Array(count);
    this.indexOf = new Int32Array(count);
    let s = 0;
    let t = 0;
    for (let j = 0; j < count; j++) {
      if (isSpace[j] === 1) {
        for (let u = start16[j] ?? 0; u < (end16[j] ?? 0); u++)
          if (text.charCodeAt(u) === 10) {
            this.words[s] = t;
            s++;
            t = 0;
          }
        continue;
      }
      this.sentenceOf[j] = s;
      this.indexOf[j] = t++;
    }
    this.words[s] = t;
  }

  /** The sentence and kept columns of the token at [start, end) (UTF-16), or null when it is not one of the text's own. */
  place(start: number, end: number): { sentence: number; columns: string[] | null } | null {
    const { start16, end16, count } = this.source;
    while (this.at < count && (end16[this.at] ?? 0) <= start) this.at++;
    const j = this.at;
    if (j >= count) return null;
    const sentence = this.sentenceOf[j] ?? 0;
    if (start16[j] !== start || end16[j] !== end) {
      this.tally.add(KEPT_REASONS.cut);
      return { sentence, columns: null };
    }
    const lines = this.linesOf(sentence);
    const line = lines?.[this.indexOf[j] ?? 0];
    return { sentence, columns: line?.split(this.kept.tabs ? '\t' : ' ') ?? null };
  }

  private linesOf(sentence: number): string[] | null {
    if (this.split.has(sentence)) return this.split.get(sentence) ?? null;
    const value = this.kept.kept?.[sentence];
    let lines = value === undefined ? null : value.split('\n');
    if (lines && lines.length !== this.words[sentence]) {
      this.tally.add(KEPT_REASONS.unfit);
      lines = null;
    }
    this.split.set(sentence, lines);
    return lines;
  }
}
