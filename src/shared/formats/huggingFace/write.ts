import {
  ANSWERED_AWAY,
  answeredAway,
  ByteWriter,
  keptHfNames,
  keptHfOtherStarts,
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
import { datasetCard, HF_CARD_FILE, mergedExtraFeatures } from './datasetCard';
import { HF_DOCUMENT_FIELD } from './hfRecord';
import { keptFieldFeatures, keptRecordFields } from './keptRecords';
import type { RecordFields } from './keptRecords';

/** The records file and the label names file. */
export const HF_FILE = 'hf.jsonl';
export const HF_LABEL_NAMES_FILE = 'label_names.json';

/**
 * Writes Hugging Face token classification: `{id, tokens, ner_tags, document}` JSONL with
 * integer tags, one record per sentence (default) or per document, `document` naming the
 * document (the HF import joins a document's records back by it); a document imported from
 * HF records gets each record's kept fields (`id`, `pos_tags`, …) back when its records and
 * tokens are the source's (else the summary says which were left out and why);
 * `label_names.json` (`O` then `B-`/`I-` of each label, in `options.labels` order, then the
 * rest sorted; the source's tag names first, in its order, for documents read from HF records with them) and a dataset card (`README.md`) with `dataset_info`. Tokens are spaCy's English tokens cut at span
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
  const tagIndex = new Map<string, number>();
  names.forEach((name, i) => tagIndex.has(name) || tagIndex.set(name, i));
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
    tallyUnwritten(doc, tally, UNWRITTEN);
    const tagged = tagDocument(doc, tally, options.overlaps);
    for (const label of tagged.labels) if (!tagIndex.has(`B-${label}`)) return null;
    spans += tagged.spansWritten;
    const id = uniqueFileName(doc.name, taken);
    const whole = options.unit === 'document';
    const fields = keptRecordFields(doc, tagged, whole, tally);
    out.reserve(doc.text.length * 1.5 + tagged.tokens.count * 8); // quoted words and tag ids: a guess
    const starts = keptHfOtherStarts(doc.metadata);
    records += writeRecords(out, { id, fields, whole, starts }, tagged, tagIndex);
  }
  return {
    files: [
      out.toFile(HF_FILE),
      { path: HF_LABEL_NAMES_FILE, content: `${JSON.stringify(names, null, 2)}\n` },
      {
        path: HF_CARD_FILE,
        content: datasetCard(
          names,
          [{ name: 'train', path: HF_FILE, examples: records }],
          keptFieldFeatures(bundle),
        ),
      },
    ],
    summary: tally.summary({ documents, spans, stances: 0 }),
  };
}

/** What a spans-only format leaves out; the kept HF fields are written back (or counted) apart. */
const UNWRITTEN = [
  ...BEYOND_SPANS.filter((kind) => kind !== 'fields kept from a Hugging Face record'),
  'columns kept from a CoNLL file' as const,
];

const TAGS = ByteWriter.encode('],"ner_tags":[');

/** Copies `bytes` to b at `at`; returns the end. */
function copy(b: Uint8Array, at: number, bytes: Uint8Array): number {
  let end = at;
  for (let i = 0; i < bytes.length; i++) b[end++] = bytes[i] ?? 0;
  return end;
}

/**
 * The document a record is of: its name, its records' kept fields (or null), whether one
 * record holds it all, where its source's names began with `I-` (or null).
 */
interface RecordsOf {
  readonly id: string;
  readonly fields: readonly RecordFields[] | null;
  readonly whole: boolean;
  readonly starts: ReadonlySet<number> | null;
}

/** Writes one JSON line per sentence (or one for the document) of word tokens and tag ids; returns how many. */
function writeRecords(
  out: ByteWriter,
  of: RecordsOf,
  tagged: TaggedDocument,
  tagIndex: ReadonlyMap<string, number>,
): number {
  const { id: name, fields, whole, starts } = of;
  const close = ByteWriter.encode(`],${q(HF_DOCUMENT_FIELD)}:${q(name)}`);
  const { tokens, sentenceStart } = tagged;
  const { isSpace } = tokens;
  const outside = tagIndex.get('O') ?? 0;
  const tags: RecordTags = {
    outside,
    b: tagged.labels.map((l) => tagIndex.get(`B-${l}`) ?? outside),
    inside: tagged.labels.map((l) => tagIndex.get(`I-${l}`) ?? outside),
    starts,
    mention: 0,
  };
  let count = 0;
  let first = -1; // first word token of the record being written
  // No closure per document: under a build that keeps function names (tsx) each costs a defineProperty.
  for (let i = 0; i < tokens.count; i++) {
    if (isSpace[i] === 1) continue;
    if (sentenceStart[i] === 1 && !whole && first >= 0) {
      const own = fields?.[count];
      writeRecord(out, recordId(own, `${name}-${count}`), tagged, tags, { first, end: i });
      writeEnd(out, close, own);
      count++;
      first = -1;
    }
    if (first < 0) first = i;
  }
  // The last record; a document without words (an empty record read in) is one empty record.
  if (first >= 0 || count === 0) {
    const own = fields?.[count];
    const id = recordId(own, whole ? name : `${name}-${count}`);
    const range = first >= 0 ? { first, end: tokens.count } : { first: 0, end: 0 };
    writeRecord(out, id, tagged, tags, range);
    writeEnd(out, close, own);
    count++;
  }
  return count;
}

/**
 * Tag ids of each of a document's labels (by its index in `TaggedDocument.labels`): first
 * token, others; and where the walk through the mentions is (carried from record to record).
 */
interface RecordTags {
  /** The id of `O`: 0 unless the source's names put it elsewhere. */
  readonly outside: number;
  readonly b: readonly number[];
  readonly inside: readonly number[];
  /** Where the source's names began with `I-` (see `KeptHf.otherStarts`), or null. */
  readonly starts: ReadonlySet<number> | null;
  mention: number;
}

const q = (value: string): string => JSON.stringify(value);

/**
 * Whether mention `m`, beginning at token `i` of a record beginning at `first`, has no word of
 * a mention of its label right before it: an `I-` there opens a name of its own.
 */
function apart(tagged: TaggedDocument, m: number, first: number, i: number): boolean {
  const { tokens, mentions, mentionLabel } = tagged;
  let j = i - 1;
  while (j >= first && tokens.isSpace[j] === 1) j--;
  if (j < first || m === 0) return true;
  return (mentions[2 * m - 1] ?? -1) !== j || mentionLabel[m - 1] !== mentionLabel[m];
}

/** A record's `id` as JSON: the source's own when it was kept, else Loupe's. */
function recordId(fields: RecordFields | undefined, id: string): string {
  const own = fields?.id;
  return own === undefined ? q(id) : JSON.stringify(own);
}

/** Keys Loupe writes itself: a kept field of the same name is not written again. */
const OWN_KEYS: ReadonlySet<string> = new Set(['id', 'tokens', 'ner_tags', HF_DOCUMENT_FIELD]);

/** The end of a record: its document's name, the kept fields (but `id`, written first), `}`. */
function writeEnd(out: ByteWriter, close: Uint8Array, fields: RecordFields | undefined): void {
  out.bytes(close);
  if (fields)
    for (const [key, value] of Object.entries(fields))
      if (!OWN_KEYS.has(key)) out.text(`,${q(key)}:${JSON.stringify(value)}`);
  out.text('}\n');
}

/** One record's start, word tokens of [first, end) and tag ids, up to the tag list's `]`. */
function writeRecord(
  out: ByteWriter,
  id: string,
  tagged: TaggedDocument,
  tags: RecordTags,
  range: { readonly first: number; readonly end: number },
): void {
  const { first, end } = range;
  const { text, tokens, mentions, mentionLabel } = tagged;
  const { start16, end16, isSpace } = tokens;
  const { b, inside } = tags;
  out.text(`{"id":${id},"tokens":[`);
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
    let tag = i < from ? tags.outside : ((i === from ? b : inside)[mentionLabel[m] ?? 0] ?? 0);
    if (i === from && tags.starts?.has(tokens.start[i] ?? -1) && apart(tagged, m, first, i))
      tag = inside[mentionLabel[m] ?? 0] ?? tag;
    if (tag < 10)
      buffer[at++] = 48 + tag; // most tags are one digit (O is 0): no call
    else at = int(buffer, at, tag);
    comma = true;
  }
  tags.mention = m;
  out.commit(at);
}

/**
 * `['O', 'B-A', 'I-A', …]`: the wanted order first, then every other label seen, sorted. The
 * labels seen are the bundle's own list, gathered once for the project (not from every span
 * again); `fromSpans` gathers them from the spans, for a bundle whose list lacks one. When the
 * documents came from Hugging Face records with tag names, those names come first in the
 * source's order (each tag keeps its id: NCBI-disease's B-Disease stays 1), the others after.
 */
function labelNames(bundle: FormatBundle, wanted: readonly string[], fromSpans = false): string[] {
  const seen = new Set<string>(fromSpans ? [] : bundle.labels);
  // A loop, not flatMap: a large project has a million spans.
  if (fromSpans)
    for (const doc of bundle.documents) for (const span of doc.spans) seen.add(span.label);
  const first = new Set(wanted);
  const order = [...first, ...[...seen].filter((l) => !first.has(l)).sort()];
  const names = sourceNames(bundle);
  const known = new Set(names);
  for (const tag of ['O', ...order.flatMap((label) => [`B-${label}`, `I-${label}`])])
    if (!known.has(tag)) {
      known.add(tag);
      names.push(tag);
    }
  return names;
}

/** The tag names the documents' Hugging Face sources gave, in order: the first source's, then any other's new ones. */
function sourceNames(bundle: FormatBundle): string[] {
  const names: string[] = [];
  let last: readonly string[] | null = null;
  for (const doc of bundle.documents) {
    const kept = keptHfNames(doc.metadata);
    if (!kept || kept === last || kept.join('\n') === last?.join('\n')) continue;
    last = kept;
    for (const name of kept) if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * A split export: each part's records and label names in its folder, and one dataset card
 * at the top naming every part's records file and size.
 * @example combineHuggingFaceSplits(parts).map((f) => f.path) → ['train/hf.jsonl', 'train/label_names.json', …, 'README.md']
 */
export function combineHuggingFaceSplits(parts: readonly SplitPart[]): FormatFile[] {
  const files: FormatFile[] = [];
  let names: string[] = ['O'];
  const cards: string[] = [];
  const splits = parts.map((part) => {
    for (const file of part.result.files) {
      if (file.path === HF_CARD_FILE) {
        cards.push(file.content);
        continue;
      }
      files.push(movedFile(file, `${part.name}/${file.path}`));
      if (file.path === HF_LABEL_NAMES_FILE) names = JSON.parse(file.content) as string[];
    }
    const records = part.result.files.find((f) => f.path === HF_FILE)?.content ?? '';
    const examples = records.split('\n').length - 1;
    return { name: part.name, path: `${part.name}/${HF_FILE}`, examples };
  });
  files.push({
    path: HF_CARD_FILE,
    content: datasetCard(names, splits, mergedExtraFeatures(cards)),
  });
  return files;
}
