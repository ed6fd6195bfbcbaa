import {
  ByteWriter,
  tagDocument,
  Tally,
  BEYOND_SPANS,
  tallyUnwritten,
  writeSlice,
} from '../common';
import type { FormatBundle, TaggedDocument, WriteOptions, WriteResult } from '../common';

/** The file CoNLL is written to. */
export const CONLL_FILE = 'conll.txt';
/** The line before each document (then a blank line): spaCy's converter splits documents at it. */
export const DOCSTART = '-DOCSTART- -X- O O';

/**
 * Writes CoNLL-2003 shaped IOB2: `token POS chunk NER` separated by single spaces, with
 * `-X-` and `_` for the part of speech and chunk Loupe does not have; `-DOCSTART- -X- O O`
 * and a blank line before each document, a blank line after each sentence. Tokens are
 * spaCy's English tokens cut at span edges; whitespace tokens are left out (they are O).
 * Sentences never cut a span; overlapping spans follow `options.overlaps`.
 * @example writeConll(bundle).files[0].content === '-DOCSTART- -X- O O\n\nMike -X- _ B-PERSON\nPompeo -X- _ I-PERSON\nspoke -X- _ O\n. -X- _ O\n\n'
 */
export function writeConll(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  let spans = 0;
  const out = new ByteWriter();
  for (const doc of bundle.documents) {
    tallyUnwritten(doc, tally, BEYOND_SPANS);
    const tagged = tagDocument(doc, tally, options.overlaps);
    spans += tagged.spansWritten;
    // A word and ` -X- _ B-LABEL`: about twice the text, a guess that saves growing by doubling.
    out.reserve(doc.text.length * 2 + tagged.tokens.count * 16);
    out.ascii(`${DOCSTART}\n\n`);
    conllLines(out, tagged, tally);
  }
  return {
    files: [out.toFile(CONLL_FILE)],
    summary: {
      documents: bundle.documents.length,
      spans,
      stances: 0,
      notExpressed: tally.toRecord(),
      ...tally.adjusted(),
    },
  };
}

const OUTSIDE = ByteWriter.encode(' -X- _ O\n');

/** One document's sentences: a line per word token, a blank line after each sentence. */
function conllLines(out: ByteWriter, tagged: TaggedDocument, tally: Tally): void {
  const { text, tokens, label, begins, sentenceStart } = tagged;
  const columns = tagged.labels.map((l) => columnOf(l, tally));
  const inside = columns.map((c) => ByteWriter.encode(` -X- _ I-${c}\n`));
  const begin = columns.map((c) => ByteWriter.encode(` -X- _ B-${c}\n`));
  const { start16, end16, isSpace } = tokens;
  const slice = writeSlice; // read once: under a CommonJS build (tsx) each use would call an export getter
  let open = false;
  for (let i = 0; i < tokens.count; i++) {
    if (isSpace[i] === 1) continue;
    const from = start16[i] ?? 0;
    const to = end16[i] ?? 0;
    const l = label[i] ?? -1;
    const tag = l < 0 ? OUTSIDE : ((begins[i] === 1 ? begin : inside)[l] ?? OUTSIDE);
    const b = out.claim((to - from) * 3 + tag.length + 1);
    let at = out.end;
    if (sentenceStart[i] === 1 && open) b[at++] = 10;
    open = true;
    at = slice(b, at, text, from, to, false);
    for (let k = 0; k < tag.length; k++) b[at++] = tag[k] ?? 0;
    out.commit(at);
  }
  if (open) out.ascii('\n');
}

/** A tag is one column: whitespace inside a label becomes `_`. */
function columnOf(label: string, tally: Tally): string {
  if (!/\s/u.test(label)) return label;
  tally.add('label with whitespace written with _');
  return label.replace(/\s/gu, '_');
}
