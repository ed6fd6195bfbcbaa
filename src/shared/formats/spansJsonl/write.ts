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
  tallyUnwritten,
  piecedFile,
  writeChars,
  writeIntView,
} from '../common';
import type { FormatBundle, FormatDocument, WriteOptions, WriteResult } from '../common';
import { LABEL } from './documentLabel';
import { ANSWERED_KEY, keptMembers, keptRelations, metaOf } from './keptFields';
import { isRecord } from '../../collections';
import { FILE_TOKENS_CUT, fileTokensOf, withEnds } from './fileTokens';
import { relationList } from './relationList';
import { spanList } from './spanList';
import { words } from './syntaxWords';

/** The file spans JSONL is written to. */
export const SPANS_JSONL_FILE = 'spans.jsonl';

/**
 * Writes spans JSONL: `{text, spans: [{start, end, label, token_start, token_end}],
 * tokens: [{text, start, end, id, ws}], meta: {name}}` (and Prodigy's text classification
 * `label` from the document label `label`, Prodigy's `relations`, the fields a record and
 * its spans came with that Loupe does not read, `meta`'s and a span's `score` included), code
 * point offsets (Python's `text[start:end]`), `token_end` inclusive (none where a record's
 * spans came without). A record's own tokens go back as they fit its text (`fileTokensOf`),
 * else tokens are spaCy's English tokens; either is cut at every span edge; a span edge
 * on whitespace (a folded space, a line break) moves to the nearest word inside the span, a
 * span of whitespace only is left out, both counted in the summary. `ws` is true when exactly
 * one space follows, other whitespace is a token (spaCy's `Doc(words, spaces).text` is the
 * text). A discontinuous span becomes one span per fragment (counted); overlaps are kept.
 * @example writeSpansJsonl(bundle).files[0].content === '{"text":"IBM","spans":[{"start":0,"end":3,"label":"ORG","token_start":0,"token_end":0}],…}\n'
 */
export function writeSpansJsonl(bundle: FormatBundle, _options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const records: RecordParts[] = [];
  let spans = 0;
  for (const doc of bundle.documents) {
    const parts = record(doc, tally);
    spans += parts.written;
    records.push(parts);
  }
  return {
    files: [piecedFile(SPANS_JSONL_FILE, () => recordPieces(records))],
    summary: tally.summary({ documents: bundle.documents.length, spans, stances: 0 }),
  };
}

/**
 * One document's line as it is written: its text and spans built when the export is (they
 * carry the summary's counts), its token objects, most of the bytes, only as the file is
 * written, into two buffers used in turn, so writing a long document to disk never holds the
 * whole line.
 */
interface RecordParts {
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
    const parts = records[r];
    if (!parts) continue;
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

/** The bytes a buffer holds, as a piece. */
function filled(out: ByteWriter): Uint8Array {
  return out.claim(0).subarray(0, out.end);
}

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

/** One document's line, but for its token objects (see {@link RecordParts}). */
function record(doc: FormatDocument, tally: Tally): RecordParts {
  if (isAnsweredAway(doc)) return answeredRecord(doc);
  const label = doc.documentLabels[LABEL];
  tallyUnwritten(label === undefined ? doc : withoutLabel(doc), tally, UNWRITTEN);
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
  out.ascii(',"spans":');
  const written = spanList(out, doc, tokens, tally);
  const relations = relationList(doc, tokens, tally, kept);
  out.ascii(',"tokens":[');
  return {
    json: keptJsonStringBytes(doc.text),
    spans: out.toFile('').bytes ?? new Uint8Array(0),
    text: doc.text,
    tokens,
    fileTokens: asFiled ? ByteWriter.encode(own.members) : null,
    tail: ByteWriter.encode(
      `]${relations},"meta":${metaOf(metadata, doc.name)}${label === undefined ? '' : `,"label":${JSON.stringify(label)}`}${keptMembers(metadata, label !== undefined)}}\n`,
    ),
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
  const members = ['spans', 'tokens', 'relations']
    .filter((key) => own[key] !== undefined)
    .map((key) => `,"${key}":${JSON.stringify(own[key])}`)
    .join('');
  return {
    json: keptJsonStringBytes(doc.text),
    spans: ByteWriter.encode(members),
    text: doc.text,
    tokens: NO_TOKENS,
    fileTokens: null,
    tail: ByteWriter.encode(
      `,"meta":${metaOf(doc.metadata, doc.name)}${keptMembers(doc.metadata, false)}}\n`,
    ),
    written: 0,
  };
}

/** What spans JSONL leaves out: all but spans, relations (Prodigy's) and the `label` document label. */
const UNWRITTEN = [
  ...BEYOND_SPANS.filter((kind) => kind !== 'relation'),
  'columns kept from a CoNLL file' as const,
];

/** The document without the label written as Prodigy's `label`, to count what is not written. */
function withoutLabel(doc: FormatDocument): FormatDocument {
  const documentLabels = Object.fromEntries(
    Object.entries(doc.documentLabels).filter(([name]) => name !== LABEL),
  );
  return { ...doc, documentLabels };
}

// The syntax between the values of a token's object and of a span's, as 32-bit words
// (`littleEndianWords`): each is stored with a few `setUint32`s instead of a byte at a time.
const [S0, S1, S2] = words('","start":', 3);
const [E0, E1] = words(',"end":', 2);
const [I0, I1] = words(',"id":', 2);
const [T0, T1, T2, T3, T4, T5] = words(',"ws":true},{"text":"', 6);
const [F0, F1, F2, F3, F4, F5] = words(',"ws":false},{"text":"', 6);

/** Bytes of token objects a buffer holds before it is handed on to be written. */
const PIECE = 1 << 20;

/** The two buffers token pieces are made in, used in turn (a piece is written while the next is made). */
class TokenBuffers {
  private readonly buffers = [new ByteWriter(), new ByteWriter()];
  private turn = 0;

  /** The buffer to fill next, emptied. */
  next(): ByteWriter {
    this.turn ^= 1;
    const out = this.buffers[this.turn] ?? new ByteWriter();
    out.commit(0);
    return out;
  }
}

/**
 * The tokens as JSON objects, written straight into bytes (the hot loop of the export) after
 * what `out` holds, a buffer handed on whenever it holds about {@link PIECE} bytes. Returns
 * the buffer to go on filling.
 */
function* tokenPieces(
  buffers: TokenBuffers,
  out0: ByteWriter,
  text: string,
  tokens: SpacyTokens,
): Generator<Uint8Array, ByteWriter> {
  const { start16, end16, count } = tokens;
  let out = out0;
  if (count === 0) return out;
  out.ascii('{"text":"');
  // Room is claimed for a block of tokens at once: 6 bytes a UTF-16 unit at most, 80 for the rest.
  for (let from = 0; from < count; from += BLOCK) {
    const to = Math.min(count, from + BLOCK);
    const room = ((end16[to - 1] ?? 0) - (start16[from] ?? 0)) * 6 + (to - from) * 80;
    if (out.end > 0 && out.end + room > PIECE) {
      yield filled(out);
      out = buffers.next();
    }
    const b = out.claim(room);
    out.commit(tokenBlock(text, tokens, b, out.view, out.end, from, to));
  }
  // The last object closed without opening another: `,{"text":"` taken back.
  out.commit(out.end - 10);
  return out;
}

/**
 * Writes tokens [from, to) at `at`, each closed and the next opened; returns the end. Alone
 * in its function, so V8's optimized entry into the loop (the first export in a process runs
 * it before V8 has optimized it) stays valid from block to block: nothing after the loop but
 * the return, no code without type feedback that would throw the optimized code away.
 */
function tokenBlock(
  text: string,
  tokens: SpacyTokens,
  b: Uint8Array,
  v: DataView,
  at0: number,
  from: number,
  to: number,
): number {
  // Imported functions read once: under a CommonJS build (tsx) each use would call an export getter.
  const chars = writeChars;
  const int = writeIntView;
  const { start16, end16, start, end, spaceAfter } = tokens;
  let at = at0;
  for (let i = from; i < to; i++) {
    const last = end16[i] ?? 0;
    let k = start16[i] ?? 0;
    // Printable ASCII other than " and \ is written as it is; the rest of the token from the first other unit is escaped.
    for (; k < last; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x20 || c > 0x7e || c === 34 || c === 92) break;
      b[at++] = c;
    }
    if (k < last) at = chars(b, at, text, k, last, true);
    v.setUint32(at, S0, true); // ","start":
    v.setUint32(at + 4, S1, true);
    v.setUint32(at + 6, S2, true);
    at = int(v, at + 10, start[i] ?? 0);
    v.setUint32(at, E0, true); // ,"end":
    v.setUint32(at + 3, E1, true);
    at = int(v, at + 7, end[i] ?? 0);
    v.setUint32(at, I0, true); // ,"id":
    v.setUint32(at + 2, I1, true);
    at = int(v, at + 6, i);
    if (spaceAfter[i] === 1) {
      v.setUint32(at, T0, true); // ,"ws":true},{"text":"
      v.setUint32(at + 4, T1, true);
      v.setUint32(at + 8, T2, true);
      v.setUint32(at + 12, T3, true);
      v.setUint32(at + 16, T4, true);
      v.setUint32(at + 17, T5, true);
      at += 21;
    } else {
      v.setUint32(at, F0, true); // ,"ws":false},{"text":"
      v.setUint32(at + 4, F1, true);
      v.setUint32(at + 8, F2, true);
      v.setUint32(at + 12, F3, true);
      v.setUint32(at + 16, F4, true);
      v.setUint32(at + 18, F5, true);
      at += 22;
    }
  }
  return at;
}

/** Tokens written between two claims of room. */
const BLOCK = 4096;
