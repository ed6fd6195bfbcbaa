import { cutTokens, spacyEnglishTokens } from '../../text';
import type { SpacyTokens } from '../../text';
import {
  answeredAway,
  ByteWriter,
  documentTokens,
  withoutKeptLayouts,
  Tally,
  BEYOND_SPANS,
  keptJsonStringBytes,
  labelsBesideCats,
  tallyUnwritten,
  piecedFile,
  inFileOrder,
} from '../common';
import type { FormatBundle, FormatDocument, WriteOptions, WriteResult } from '../common';
import { LABEL } from './documentLabel';
import { ANSWERED_KEY, keptMembers, keptPairs, keptRelations, metaOf } from './keptFields';
import { layoutLine, recordLayoutOf } from './recordLayout';
import { catsJson, keptCatsOf } from './textCategories';
import { isRecord } from '../../collections';
import { FILE_TOKENS_CUT, fileTokensOf, withEnds } from './fileTokens';
import { RELATION_LEFT_OUT, relationList } from './relationList';
import { spanList } from './spanList';
import { keptJsonText } from './keptJson';
import { filled, PIECE, TokenBuffers, tokenPieces, tokensJson } from './tokenPieces';
import { joinedTasks, OTHER_ANNOTATORS, othersLeftOut, recordPlaceOf } from './taskRecords';
import { lineEndOf } from './lineEnds';

/** The file spans JSONL is written to. */
export const SPANS_JSONL_FILE = 'spans.jsonl';

/**
 * Writes spans JSONL: `{text, spans: [{start, end, label, token_start, token_end}],
 * tokens: [{text, start, end, id, ws}], meta: {name}}` (and Prodigy's text classification
 * `label` from the document label `label`, Prodigy's `relations`, the fields a record and
 * its spans came with that Loupe does not read, `meta`'s and a span's `score` included), code
 * point offsets (Python's `text[start:end]`), `token_end` inclusive (none where a record's
 * spans came without). A record that came without tokens goes back without, and without token
 * indices but where its spans had them, unless `options.tokens` asks for them in every record
 * or it has relations, which name tokens by index (noted). The records of a task several
 * annotators answered (Prodigy's `_annotator_id`) go back in their file's order, those of
 * layers not written counted; a layer made in Loupe writes its record of such a task as
 * Prodigy's named sessions do (see `joinedTasks`).
 * A record's own tokens go back as they fit its text (`fileTokensOf`),
 * else tokens are spaCy's English tokens; either is cut at every span edge; a span edge
 * on whitespace (a folded space, a line break) moves to the nearest word inside the span, a
 * span of whitespace only is left out, both counted in the summary. `ws` is true when exactly
 * one space follows, other whitespace is a token (spaCy's `Doc(words, spaces).text` is the
 * text). A discontinuous span becomes one span per fragment (counted); overlaps are kept.
 * @example writeSpansJsonl(bundle).files[0].content === '{"text":"IBM","spans":[{"start":0,"end":3,"label":"ORG","token_start":0,"token_end":0}],…}\n'
 */
export function writeSpansJsonl(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const records: RecordParts[] = [];
  let spans = 0;
  // Every relation is written but those counted as left out.
  let relations = 0;
  const documents = inFileOrder(joinedTasks(bundle.documents), recordPlaceOf);
  tally.add(OTHER_ANNOTATORS, othersLeftOut(documents));
  for (const doc of documents) {
    const parts = record(doc, tally, options.tokens === true);
    spans += parts.written;
    relations += doc.relations.length;
    records.push(parts);
  }
  return {
    files: [piecedFile(SPANS_JSONL_FILE, () => recordPieces(records))],
    summary: tally.summary({
      documents: bundle.documents.length,
      spans,
      stances: 0,
      relations: relations - tally.count(RELATION_LEFT_OUT),
    }),
  };
}

/**
 * One document's line as it is written: its text and spans built when the export is (they
 * carry the summary's counts), its token objects, most of the bytes, only as the file is
 * written, into two buffers used in turn, so writing a long document to disk never holds the
 * whole line.
 */
interface RecordParts {
  /** The whole line, written instead of the parts below, for a record kept with its layout. */
  readonly line?: Uint8Array;
  /** The UTF-8 of `JSON.stringify(text)` when kept, else null: encoded into the output as it is written. */
  readonly json: Uint8Array | null;
  /** `,"spans":[…],"tokens":[`. */
  readonly spans: Uint8Array;
  readonly text: string;
  readonly tokens: SpacyTokens;
  /** The UTF-8 of the token objects the record came with, written instead of {@link tokens}' when not null. */
  readonly fileTokens: Uint8Array | null;
  /** `],"meta":{…}}` and the line break. */
  readonly tail: Uint8Array;
  readonly written: number;
  /** The line break's length in bytes when the file's last line ended without one: left out while this record is the last. */
  readonly openEnd?: number;
}

const TEXT_KEY = ByteWriter.encode('{"text":');

/**
 * The bytes of every line, in order (see {@link RecordParts}), about {@link PIECE} bytes a
 * piece: a line's parts are copied into the buffer being filled, so a project of short
 * documents goes out in a few large writes instead of five or more small ones a document; a
 * part of {@link OWN_PIECE} bytes or more that does not fit (a long document's text or
 * spans) goes out as it is.
 */
function* recordPieces(records: readonly RecordParts[]): Generator<Uint8Array> {
  const buffers = new TokenBuffers();
  let out = buffers.next();
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    if (!record) continue;
    // A file whose last line had no line break is written back so.
    const parts = r === records.length - 1 ? withoutLineBreak(record) : record;
    if (parts.line) {
      out = yield* withPart(buffers, out, parts.line);
      continue;
    }
    out = yield* withPart(buffers, out, TEXT_KEY);
    out = parts.json
      ? yield* withPart(buffers, out, parts.json)
      : yield* textPieces(buffers, out, parts.text);
    out = yield* withPart(buffers, out, parts.spans);
    out = parts.fileTokens
      ? yield* withPart(buffers, out, parts.fileTokens)
      : yield* tokenPieces(buffers, out, parts.text, parts.tokens);
    out = yield* withPart(buffers, out, parts.tail);
  }
  if (out.end > 0) yield filled(out);
}

/** The record without its line break when it ended its file without one (see `RecordParts.openEnd`). */
function withoutLineBreak(parts: RecordParts): RecordParts {
  const cut = parts.openEnd ?? 0;
  if (cut === 0) return parts;
  if (parts.line) return { ...parts, line: parts.line.subarray(0, parts.line.length - cut) };
  return { ...parts, tail: parts.tail.subarray(0, parts.tail.length - cut) };
}

const encoder = new TextEncoder();

/**
 * `JSON.stringify(text)` encoded straight into the buffers after what `out` holds, a buffer
 * handed on whenever it is full. Returns the buffer to go on filling.
 */
function* textPieces(
  buffers: TokenBuffers,
  out0: ByteWriter,
  text: string,
): Generator<Uint8Array, ByteWriter> {
  const json = JSON.stringify(text);
  let out = out0;
  let read = 0;
  for (;;) {
    // A code point takes 4 bytes at most: a buffer with less room is handed on first.
    if (out.end + 4 > PIECE) {
      yield filled(out);
      out = buffers.next();
    }
    const room = PIECE - out.end;
    const b = out.claim(room);
    const done = encoder.encodeInto(
      read === 0 ? json : json.substring(read),
      b.subarray(out.end, out.end + room),
    );
    read += done.read;
    out.commit(out.end + done.written);
    if (read >= json.length) return out;
  }
}

/** Parts at least this long that do not fit in the buffer being filled are handed on as they are. */
const OWN_PIECE = 1 << 16;

/**
 * Adds `part` to the output: copied into `out` while that stays within {@link PIECE} bytes,
 * else, when short, into the next buffer once `out` is handed on, and when long (a long
 * document's text or spans) handed on itself after what `out` holds. Returns the buffer to
 * go on filling.
 */
function* withPart(
  buffers: TokenBuffers,
  out: ByteWriter,
  part: Uint8Array,
): Generator<Uint8Array, ByteWriter> {
  if (out.end + part.length <= PIECE) {
    out.bytes(part);
    return out;
  }
  if (part.length < OWN_PIECE) {
    yield filled(out);
    const next = buffers.next();
    next.bytes(part);
    return next;
  }
  if (out.end === 0) {
    yield part;
    return out;
  }
  yield filled(out);
  yield part;
  return buffers.next();
}

/** Span edges of the document being written (two per fragment), kept between exports. */
let edgeBuffer = new Int32Array(1024);

/**
 * One document's line, but for its token objects (see {@link RecordParts}); a record that came
 * without tokens is written without, and its spans without token indices, unless `withTokens`
 * or it has relations.
 */
function record(doc: FormatDocument, tally: Tally, withTokens: boolean): RecordParts {
  if (isAnsweredAway(doc)) return answeredRecord(doc);
  const label = doc.documentLabels[LABEL];
  const cats = catsJson(doc.documentLabels, keptCatsOf(doc.metadata));
  tallyUnwritten(withoutWritten(doc), tally, UNWRITTEN);
  const spans = doc.spans;
  let fragments = 0;
  let discontinuous = 0;
  for (let s = 0; s < spans.length; s++) {
    const n = spans[s]?.fragments.length ?? 0;
    fragments += n;
    if (n > 1) discontinuous++;
  }
  tally.add('discontinuous span written as separate spans', discontinuous);
  if (edgeBuffer.length < 2 * fragments) edgeBuffer = new Int32Array(2 * fragments);
  const edges = edgeBuffer.subarray(0, 2 * fragments);
  let e = 0;
  for (let s = 0; s < spans.length; s++) {
    const list = spans[s]?.fragments ?? [];
    for (let k = 0; k < list.length; k++) {
      edges[e++] = list[k]?.start ?? 0;
      edges[e++] = list[k]?.end ?? 0;
    }
  }
  const metadata = withoutKeptLayouts(doc.metadata);
  const kept = keptRelations(doc.metadata);
  const own = fileTokensOf(doc.text, doc.metadata);
  const base = own?.tokens ?? documentTokens(doc).tokens;
  const tokens = cutTokens(doc.text, base, withEnds(edges, kept));
  // The file's tokens go back as they came unless a span edge falls inside one of them.
  const asFiled = own !== null && tokens === own.tokens;
  if (own !== null && !asFiled) tally.add(FILE_TOKENS_CUT);
  const out = new ByteWriter();
  // About 80 bytes per span (a guess; the writer still grows if short).
  out.reserve(edges.length * 45 + 64);
  out.ascii(SPANS_KEY);
  // Relations name tokens by index (head, child, their ends' token_start and token_end), as
  // rel.manual's records, which all carry their tokens: a record with relations gets them.
  const related = doc.relations.length > 0 || kept.length > 0;
  const written = spanList(out, doc, tokens, tally, withTokens || related);
  const relations = relationList(doc, tokens, tally, kept);
  const layout = recordLayoutOf(doc.metadata);
  const end = lineEndOf(doc.metadata);
  if (layout) {
    const came = layout.keys?.includes('tokens') !== false;
    if (related && !came && !withTokens) tally.note(TOKENS_FOR_RELATIONS);
    const members: [string, string][] = [['text', JSON.stringify(doc.text)]];
    // A record that came without spans is written without, until a span is added.
    if (doc.spans.length > 0 || layout.keys?.includes('spans') !== false)
      members.push(['spans', out.toString().slice(SPANS_KEY.length)]);
    if (withTokens || related || came)
      members.push(['tokens', asFiled ? `[${own.members}]` : tokensJson(doc.text, tokens)]);
    if (relations !== '') members.push(['relations', relations.slice(RELATIONS_KEY.length)]);
    const meta = metaOf(metadata, doc.name, layout);
    if (meta !== null) members.push(['meta', meta]);
    if (label !== undefined) members.push(['label', JSON.stringify(label)]);
    if (cats !== null) members.push(['cats', cats]);
    members.push(...keptPairs(metadata, label !== undefined, cats !== null));
    return wholeLine(layoutLine(members, layout), written, end);
  }
  out.ascii(',"tokens":[');
  return {
    json: keptJsonStringBytes(doc.text),
    spans: out.toFile('').bytes ?? new Uint8Array(0),
    text: doc.text,
    tokens,
    fileTokens: asFiled ? ByteWriter.encode(own.members) : null,
    tail: ByteWriter.encode(
      `]${relations},"meta":${metaOf(metadata, doc.name) ?? '{}'}${label === undefined ? '' : `,"label":${JSON.stringify(label)}`}${cats === null ? '' : `,"cats":${cats}`}${keptMembers(metadata, label !== undefined, cats !== null)}}${end.eol}`,
    ),
    written,
    ...openEnd(end),
  };
}

/** What counts records that came without tokens written with them, as their relations name tokens by index. */
export const TOKENS_FOR_RELATIONS =
  'record that came without tokens written with tokens and token indices, which its relations name (head, child)';

const SPANS_KEY = ',"spans":';
const RELATIONS_KEY = ',"relations":';
const NO_BYTES = new Uint8Array(0);

/** What a record's line ends with (see `lineEndOf`): `openEnd` when its file's last line had no line break. */
function openEnd(end: ReturnType<typeof lineEndOf>): Pick<RecordParts, 'openEnd'> {
  return end.open ? { openEnd: end.eol.length } : {};
}

/** A record written as one line (see `layoutLine`), its parts left empty. */
function wholeLine(line: string, written: number, end: ReturnType<typeof lineEndOf>): RecordParts {
  return {
    ...openEnd(end),
    line: ByteWriter.encode(`${line}${end.eol}`),
    json: NO_BYTES,
    spans: NO_BYTES,
    text: '',
    tokens: NO_TOKENS,
    fileTokens: null,
    tail: NO_BYTES,
    written,
  };
}

/** A Prodigy record answered reject or ignore that no one annotated since: written back as it came. */
function isAnsweredAway(doc: FormatDocument): boolean {
  return (
    answeredAway(doc) && doc.relations.length === 0 && Object.keys(doc.documentLabels).length === 0
  );
}

const NO_TOKENS = spacyEnglishTokens('');

/** The line of a record answered reject or ignore, with the spans, tokens and relations it came with. */
function answeredRecord(doc: FormatDocument): RecordParts {
  const kept = doc.metadata?.[ANSWERED_KEY];
  const own = isRecord(kept) ? kept : {};
  const keys = ['spans', 'tokens', 'relations'].filter((key) => own[key] !== undefined);
  const layout = recordLayoutOf(doc.metadata);
  if (layout) {
    const members: [string, string][] = [['text', JSON.stringify(doc.text)]];
    for (const key of keys) members.push([key, keptJsonText(own[key])]);
    const meta = metaOf(doc.metadata, doc.name, layout);
    if (meta !== null) members.push(['meta', meta]);
    members.push(...keptPairs(doc.metadata, false));
    return wholeLine(layoutLine(members, layout), 0, lineEndOf(doc.metadata));
  }
  const members = keys.map((key) => `,"${key}":${keptJsonText(own[key])}`).join('');
  return {
    json: keptJsonStringBytes(doc.text),
    spans: ByteWriter.encode(members),
    text: doc.text,
    tokens: NO_TOKENS,
    fileTokens: null,
    tail: ByteWriter.encode(
      `,"meta":${metaOf(doc.metadata, doc.name) ?? '{}'}${keptMembers(doc.metadata, false)}}${lineEndOf(doc.metadata).eol}`,
    ),
    written: 0,
    ...openEnd(lineEndOf(doc.metadata)),
  };
}

/** What spans JSONL leaves out: all but spans, relations (Prodigy's) and the `label` document label. */
const UNWRITTEN = [
  ...BEYOND_SPANS.filter((kind) => kind !== 'relation'),
  'columns kept from a CoNLL file' as const,
];

/** The document without the labels written (Prodigy's `label`, scores and categories in `cats`), to count what is not written. */
function withoutWritten(doc: FormatDocument): FormatDocument {
  if (Object.keys(doc.documentLabels).length === 0) return doc;
  return { ...doc, documentLabels: labelsBesideCats(doc.documentLabels, [LABEL]) };
}
