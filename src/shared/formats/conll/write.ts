import {
  ANSWERED_AWAY,
  answeredAway,
  ByteWriter,
  keptConllOf,
  tagDocument,
  Tally,
  BEYOND_SPANS,
  littleEndianWords,
  tallyUnwritten,
  writeSlice,
} from '../common';
import type { FormatBundle, TaggedDocument, WriteOptions, WriteResult } from '../common';
import { DEFAULT_LAYOUT, exportLayout, keptLines, tabSeparatedExport } from './keptLines';
import { writeConllu } from './conlluWrite';
import { exportSchemeOf } from './exportScheme';
import { withExportEncoding } from './exportEncoding';
import { ONTONOTES_REASONS, writeOntonotes } from './ontonotesWrite';
import { ownLines } from './ownLines';
import { writeInline } from './inlineWrite';
import type { OwnLines } from './ownLines';

/** The file CoNLL is written to. */
export const CONLL_FILE = 'conll.txt';
/** The line before each document (then a blank line): spaCy's converter splits documents at it. */
export const DOCSTART = '-DOCSTART- -X- O O';

/**
 * Writes CoNLL-2003 shaped IOB2 (or `options.scheme`: IOB1, BIOES, BILOU, IO; see `schemeTags`;
 * without it, the scheme the documents imported from CoNLL were all read in):
 * `token POS chunk NER` separated by single spaces, with
 * `-X-` and `_` for the part of speech and chunk Loupe does not have; `-DOCSTART- -X- O O`
 * and a blank line before each document, a blank line after each sentence. Tokens are
 * spaCy's English tokens cut at span edges; whitespace tokens are left out (they are O).
 * Sentences never cut a span; overlapping spans follow `options.overlaps`. Documents imported
 * from a CoNLL file are written in their own tokens and sentences, with the columns and the
 * `-DOCSTART-` line they kept (none before the first when its file had none): without
 * `options.scheme` in their file's order with their comment lines, with it the token first and
 * the tag last (see `keptLines`); unchanged, in their file's own lines (CRLF line ends, blanks
 * after a line's last column; see `ownLines`), changed, with their file's line end;
 * an export whose last document ended its file without a blank line ends as that file did. The whole export then takes
 * their layout of columns when they share one. Without `options.scheme`, documents all imported
 * from OntoNotes / CoNLL-2012 are written back in their own layout (see `writeOntonotes`),
 * documents imported from CoNLL-U with names in MISC as CoNLL-U, with any others made into CoNLL-U beside them (see `writeConllu`; a note says so).
 * Documents all read from files in one encoding other than UTF-8 are written in it (see `withExportEncoding`).
 * @example writeConll(bundle).files[0].content === '-DOCSTART- -X- O O\n\nMike -X- _ B-PERSON\nPompeo -X- _ I-PERSON\nspoke -X- _ O\n. -X- _ O\n\n'
 */
export function writeConll(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  return withExportEncoding(writeConllFile(bundle, options), bundle.documents);
}

/** The CoNLL export's file and summary, in UTF-8. */
function writeConllFile(bundle: FormatBundle, options: WriteOptions): WriteResult {
  const ontonotes =
    options.scheme === undefined ? writeOntonotes(bundle, options, CONLL_FILE) : null;
  if (ontonotes) return ontonotes;
  const conllu = writeConllu(bundle, options, CONLL_FILE);
  if (conllu) return conllu;
  const inline = writeInline(bundle, options, CONLL_FILE);
  if (inline) return inline;
  const tally = new Tally();
  let spans = 0;
  const out = new ByteWriter();
  const scheme = options.scheme ?? exportSchemeOf(bundle.documents);
  // IOB2 in Loupe's own columns goes the fast way; another scheme the way kept columns go.
  const layout =
    exportLayout(bundle.documents, tally) ?? (scheme === 'iob2' ? null : DEFAULT_LAYOUT);
  const tagColumn = (label: string): string => columnOf(label, tally);
  const tabs = layout !== null && tabSeparatedExport(bundle.documents);
  let documents = 0;
  let ending: number | undefined; // the line breaks the last document's file ended with
  let held: OwnLines | null = null; // a document written in its file's own lines, its line breaks not yet
  for (const doc of bundle.documents) {
    if (answeredAway(doc)) {
      tally.add(ANSWERED_AWAY);
      continue;
    }
    documents++;
    tallyUnwritten(doc, tally, BEYOND_SPANS);
    const kept = keptConllOf(doc.metadata);
    if (kept?.ontonotes) tally.add(ONTONOTES_REASONS.plain);
    const tagged = tagDocument(doc, tally, options.overlaps);
    spans += tagged.spansWritten;
    if (held) out.text(held.between);
    held = null;
    // A file that began with a byte-order mark begins so again, in its own shape.
    if (documents === 1 && kept?.byteOrderMark && options.scheme === undefined) out.text('\uFEFF');
    if (layout) {
      const how = {
        layout,
        scheme,
        tabs,
        first: documents === 1,
        asked: options.scheme !== undefined,
      };
      // A document whose file had CRLF line ends or blanks at line ends is written as a string in them.
      const to = kept?.lineEnd || kept?.verbatim !== undefined ? new ByteWriter() : out;
      to.reserve(doc.text.length * 3 + tagged.tokens.count * 24);
      ending = keptLines(to, doc, tagged, how, tally, tagColumn);
      if (to === out || !kept) continue;
      held = ownLines(to.toString(), kept, ending);
      out.text(held.body);
      continue;
    }
    // A word and ` -X- _ B-LABEL`: about twice the text, a guess that saves growing by doubling.
    ending = undefined;
    out.reserve(doc.text.length * 2 + tagged.tokens.count * 16);
    out.ascii(`${DOCSTART}\n\n`);
    conllLines(out, tagged, tally);
  }
  if (held) out.text(held.last);
  else if (ending !== undefined) {
    out.dropLineBreaksAtEnd();
    out.ascii('\n'.repeat(ending));
  }
  return {
    files: [out.toFile(CONLL_FILE)],
    summary: tally.summary({ documents, spans, stances: 0 }),
  };
}

const OUTSIDE = ByteWriter.encode(' -X- _ O\n');
/** The outside tag (most tokens, 9 bytes) as 32-bit words stored at 0, 4 and 5 (see `littleEndianWords`). */
const [O0 = 0, O1 = 0, O2 = 0] = littleEndianWords(' -X- _ O\n');
const OUTSIDE_LAST = OUTSIDE.length - 4;
/** Tokens written between two claims of room. */
const BLOCK = 4096;

/**
 * What {@link conllBlock} writes from: a tagged document and its tag lines, encoded once,
 * and where the walk through its mentions is (`mention`, carried from block to block).
 */
interface ConllRows {
  readonly text: string;
  readonly tokens: TaggedDocument['tokens'];
  readonly mentions: Int32Array;
  readonly mentionLabel: Int32Array;
  readonly sentenceStart: Uint8Array;
  readonly inside: readonly Uint8Array[];
  readonly begin: readonly Uint8Array[];
  mention: number;
}

/** One document's sentences: a line per word token, a blank line after each sentence. */
function conllLines(out: ByteWriter, tagged: TaggedDocument, tally: Tally): void {
  const { text, tokens, mentions, mentionLabel, sentenceStart } = tagged;
  const columns = tagged.labels.map((l) => columnOf(l, tally));
  const inside = columns.map((c) => ByteWriter.encode(` -X- _ I-${c}\n`));
  const begin = columns.map((c) => ByteWriter.encode(` -X- _ B-${c}\n`));
  const rows: ConllRows = {
    text,
    tokens,
    mentions,
    mentionLabel,
    sentenceStart,
    inside,
    begin,
    mention: 0,
  };
  const { start16, end16 } = tokens;
  let widest = OUTSIDE.length;
  for (const tag of [...inside, ...begin]) widest = Math.max(widest, tag.length);
  let open = false;
  // Room is claimed for a block of tokens at once: 3 bytes a UTF-16 unit, the widest tag and a blank line each.
  for (let from = 0; from < tokens.count; from += BLOCK) {
    const to = Math.min(tokens.count, from + BLOCK);
    const b = out.claim(
      ((end16[to - 1] ?? 0) - (start16[from] ?? 0)) * 3 + (to - from) * (widest + 1),
    );
    const at = conllBlock(rows, b, out.view, out.end, from, to, open);
    open ||= at > out.end;
    out.commit(at);
  }
  if (open) out.ascii('\n');
}

/**
 * Writes the lines of tokens [from, to) at `at` (a blank line before each sentence start
 * once a line is written, `open`); returns the end. The hot loop of CoNLL, alone in its
 * function: the first export in a process runs it before V8 has optimized it, and V8's
 * optimized entry into the loop stays valid from block to block (nothing after the loop but
 * the return, so no code without type feedback that would throw the optimized code away:
 * where the walk through the mentions is, is stored inside the loop). Tags come from a walk through the mentions beside the tokens: a mention's first
 * and last tokens are words, so every mention is met at its first token.
 */
function conllBlock(
  rows: ConllRows,
  b: Uint8Array,
  v: DataView,
  start: number,
  from: number,
  to: number,
  open: boolean,
): number {
  const { text, mentions, mentionLabel, sentenceStart, inside, begin } = rows;
  const { start16, end16, isSpace } = rows.tokens;
  const slice = writeSlice; // read once: under a CommonJS build (tsx) each use would call an export getter
  let at = start;
  let written = open;
  let m = rows.mention;
  let first = mentions[2 * m] ?? 0; // the current or next mention's first and last token
  let last = mentions[2 * m + 1] ?? 0;
  for (let i = from; i < to; i++) {
    if (isSpace[i] === 1) continue;
    if (i > last) {
      rows.mention = ++m; // stored here, not after the loop (see above)
      first = mentions[2 * m] ?? 0;
      last = mentions[2 * m + 1] ?? 0;
    }
    const tag =
      i < first ? OUTSIDE : ((i === first ? begin : inside)[mentionLabel[m] ?? 0] ?? OUTSIDE);
    if (sentenceStart[i] === 1 && written) b[at++] = 10;
    written = true;
    const end = end16[i] ?? 0;
    let k = start16[i] ?? 0;
    // ASCII is written as it is; the rest of the token from the first other unit as UTF-8.
    for (; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c > 0x7f) break;
      b[at++] = c;
    }
    if (k < end) at = slice(b, at, text, k, end, false);
    if (tag === OUTSIDE) {
      v.setUint32(at, O0, true);
      v.setUint32(at + 4, O1, true);
      v.setUint32(at + OUTSIDE_LAST, O2, true);
      at += OUTSIDE.length;
    } else for (let t = 0; t < tag.length; t++) b[at++] = tag[t] ?? 0;
  }
  return at;
}

/** A tag is one column: whitespace inside a label becomes `_`. */
function columnOf(label: string, tally: Tally): string {
  if (!/\s/u.test(label)) return label;
  tally.note('label with whitespace written with _');
  return label.replace(/\s/gu, '_');
}
