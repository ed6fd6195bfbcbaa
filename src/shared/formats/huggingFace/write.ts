import {
  ANSWERED_AWAY,
  answeredAway,
  ByteWriter,
  movedFile,
  tagDocument,
  Tally,
  BEYOND_SPANS,
  tallyUnwritten,
  uniqueFileName,
  writeChars,
  writeInt,
} from '../common';
import type {
  FormatBundle,
  FormatFile,
  SplitPart,
  TaggedDocument,
  WriteOptions,
  WriteResult,
} from '../common';
import { datasetCard, HF_CARD_FILE } from './datasetCard';

/** The records file and the label names file. */
export const HF_FILE = 'hf.jsonl';
export const HF_LABEL_NAMES_FILE = 'label_names.json';

/**
 * Writes Hugging Face token classification: `{id, tokens, ner_tags}` JSONL with integer
 * tags, one record per sentence (default) or per document, `label_names.json` (`O` then
 * `B-`/`I-` of each label, in `options.labels` order, then the rest sorted) and a dataset
 * card (`README.md`) with `dataset_info`. Tokens are spaCy's English tokens cut at span
 * edges, whitespace left out; overlapping spans follow `options.overlaps`.
 * @example writeHuggingFace(bundle).files → hf.jsonl: {"id":"a-0","tokens":["Mike","Pompeo"],"ner_tags":[1,2]}, label_names.json: ["O","B-PERSON","I-PERSON"], README.md
 */
export function writeHuggingFace(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  // A bundle whose label list lacks a label on its spans: names from the spans, never a tag lost.
  const written = writtenWith(bundle, options, false) ?? writtenWith(bundle, options, true);
  if (!written) throw new Error('a span label is missing from the label names read off the spans');
  return written;
}

/** The export with label names from the bundle's list (or its spans); null when the list lacks a label met. */
function writtenWith(
  bundle: FormatBundle,
  options: WriteOptions,
  fromSpans: boolean,
): WriteResult | null {
  const tally = new Tally();
  const names = labelNames(bundle, options.labels ?? [], fromSpans);
  const tagIndex = new Map(names.map((name, i) => [name, i]));
  const taken = new Set<string>();
  const out = new ByteWriter();
  let units = 0;
  for (const doc of bundle.documents) units += doc.text.length;
  out.reserve(units * 2.2 + bundle.documents.length * 64); // quoted words and tag ids, a guess: one buffer, not a doubling per size
  let records = 0;
  let spans = 0;
  let documents = 0;
  for (const doc of bundle.documents) {
    if (answeredAway(doc)) {
      tally.add(ANSWERED_AWAY);
      continue;
    }
    documents++;
    tallyUnwritten(doc, tally, [...BEYOND_SPANS, 'columns kept from a CoNLL file']);
    const tagged = tagDocument(doc, tally, options.overlaps);
    for (const label of tagged.labels) if (!tagIndex.has(`B-${label}`)) return null;
    spans += tagged.spansWritten;
    const id = uniqueFileName(doc.name, taken);
    out.reserve(doc.text.length * 1.5 + tagged.tokens.count * 8); // quoted words and tag ids: a guess
    records += writeRecords(out, id, tagged, tagIndex, options.unit === 'document');
  }
  return {
    files: [
      out.toFile(HF_FILE),
      { path: HF_LABEL_NAMES_FILE, content: `${JSON.stringify(names, null, 2)}\n` },
      {
        path: HF_CARD_FILE,
        content: datasetCard(names, [{ name: 'train', path: HF_FILE, examples: records }]),
      },
    ],
    summary: {
      documents,
      spans,
      stances: 0,
      notExpressed: tally.toRecord(),
      ...tally.adjusted(),
    },
  };
}

const TAGS = ByteWriter.encode('],"ner_tags":[');
const CLOSE = ByteWriter.encode(']}\n');

/** Copies `bytes` to b at `at`; returns the end. */
function copy(b: Uint8Array, at: number, bytes: Uint8Array): number {
  let end = at;
  for (let i = 0; i < bytes.length; i++) b[end++] = bytes[i] ?? 0;
  return end;
}

/** Writes one JSON line per sentence (or one for the document) of word tokens and tag ids; returns how many. */
function writeRecords(
  out: ByteWriter,
  name: string,
  tagged: TaggedDocument,
  tagIndex: ReadonlyMap<string, number>,
  whole: boolean,
): number {
  const { tokens, sentenceStart } = tagged;
  const { isSpace } = tokens;
  const tags: RecordTags = {
    b: tagged.labels.map((l) => tagIndex.get(`B-${l}`) ?? 0),
    inside: tagged.labels.map((l) => tagIndex.get(`I-${l}`) ?? 0),
    mention: 0,
  };
  let count = 0;
  let first = -1; // first word token of the record being written
  // No closure per document: under a build that keeps function names (tsx) each costs a defineProperty.
  for (let i = 0; i < tokens.count; i++) {
    if (isSpace[i] === 1) continue;
    if (sentenceStart[i] === 1 && !whole && first >= 0) {
      writeRecord(out, whole ? name : `${name}-${count}`, tagged, tags, first, i);
      count++;
      first = -1;
    }
    if (first < 0) first = i;
  }
  if (first >= 0) {
    writeRecord(out, whole ? name : `${name}-${count}`, tagged, tags, first, tokens.count);
    count++;
  }
  return count;
}

/**
 * Tag ids of each of a document's labels (by its index in `TaggedDocument.labels`): first
 * token, others; and where the walk through the mentions is (carried from record to record).
 */
interface RecordTags {
  readonly b: readonly number[];
  readonly inside: readonly number[];
  mention: number;
}

/** One record: the word tokens of [first, end) and their tag ids. */
function writeRecord(
  out: ByteWriter,
  id: string,
  tagged: TaggedDocument,
  tags: RecordTags,
  first: number,
  end: number,
): void {
  const { text, tokens, mentions, mentionLabel } = tagged;
  const { start16, end16, isSpace } = tokens;
  const { b, inside } = tags;
  out.text(`{"id":${JSON.stringify(id)},"tokens":[`);
  const chars = writeChars; // read once: under a CommonJS build (tsx) each use would call an export getter
  const int = writeInt;
  // Room for the whole record at once: 6 bytes a UTF-16 unit and a comma, 11 bytes a tag.
  const buffer = out.claim(
    ((end16[end - 1] ?? 0) - (start16[first] ?? 0)) * 6 + (end - first) * 14 + 32,
  );
  let at = out.end;
  let comma = false;
  for (let i = first; i < end; i++) {
    if (isSpace[i] === 1) continue;
    if (comma) buffer[at++] = 44;
    buffer[at++] = 34;
    const last = end16[i] ?? 0;
    let k = start16[i] ?? 0;
    // Printable ASCII other than " and \ is written as it is (no call per token); the rest of the token from the first other unit is escaped.
    for (; k < last; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x20 || c > 0x7e || c === 34 || c === 92) break;
      buffer[at++] = c;
    }
    if (k < last) at = chars(buffer, at, text, k, last, true);
    buffer[at++] = 34;
    comma = true;
  }
  at = copy(buffer, at, TAGS);
  comma = false;
  // Tags from a walk through the mentions beside the tokens: a mention's first and last
  // tokens are words, so every mention is met at its first token.
  let m = tags.mention;
  let from = mentions[2 * m] ?? 0; // the current or next mention's first and last token
  let to = mentions[2 * m + 1] ?? 0;
  for (let i = first; i < end; i++) {
    if (isSpace[i] === 1) continue;
    if (i > to) {
      m++;
      from = mentions[2 * m] ?? 0;
      to = mentions[2 * m + 1] ?? 0;
    }
    if (comma) buffer[at++] = 44;
    const tag = i < from ? 0 : ((i === from ? b : inside)[mentionLabel[m] ?? 0] ?? 0);
    if (tag < 10)
      buffer[at++] = 48 + tag; // most tags are one digit (O is 0): no call
    else at = int(buffer, at, tag);
    comma = true;
  }
  tags.mention = m;
  out.commit(copy(buffer, at, CLOSE));
}

/**
 * `['O', 'B-A', 'I-A', …]`: the wanted order first, then every other label seen, sorted. The
 * labels seen are the bundle's own list, gathered once for the project (not from every span
 * again); `fromSpans` gathers them from the spans, for a bundle whose list lacks one.
 */
function labelNames(bundle: FormatBundle, wanted: readonly string[], fromSpans = false): string[] {
  const seen = new Set<string>(fromSpans ? [] : bundle.labels);
  // A loop, not flatMap: a large project has a million spans.
  if (fromSpans)
    for (const doc of bundle.documents) for (const span of doc.spans) seen.add(span.label);
  const first = new Set(wanted);
  const order = [...first, ...[...seen].filter((l) => !first.has(l)).sort()];
  return ['O', ...order.flatMap((label) => [`B-${label}`, `I-${label}`])];
}

/**
 * A split export: each part's records and label names in its folder, and one dataset card
 * at the top naming every part's records file and size.
 * @example combineHuggingFaceSplits(parts).map((f) => f.path) → ['train/hf.jsonl', 'train/label_names.json', …, 'README.md']
 */
export function combineHuggingFaceSplits(parts: readonly SplitPart[]): FormatFile[] {
  const files: FormatFile[] = [];
  let names: string[] = ['O'];
  const splits = parts.map((part) => {
    for (const file of part.result.files) {
      if (file.path === HF_CARD_FILE) continue;
      files.push(movedFile(file, `${part.name}/${file.path}`));
      if (file.path === HF_LABEL_NAMES_FILE) names = JSON.parse(file.content) as string[];
    }
    const records = part.result.files.find((f) => f.path === HF_FILE)?.content ?? '';
    const examples = records.split('\n').length - 1;
    return { name: part.name, path: `${part.name}/${HF_FILE}`, examples };
  });
  files.push({ path: HF_CARD_FILE, content: datasetCard(names, splits) });
  return files;
}
