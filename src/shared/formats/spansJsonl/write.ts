import { cutTokens, spacyEnglishTokens } from '../../text';
import type { SpacyTokens } from '../../text';
import {
  ByteWriter,
  IOB_REASONS,
  Tally,
  adjusted,
  BEYOND_SPANS,
  tallyUnwritten,
  wordRange,
  writeChars,
  writeInt,
} from '../common';
import type { FormatBundle, FormatDocument, WriteOptions, WriteResult } from '../common';

/** The file spans JSONL is written to. */
export const SPANS_JSONL_FILE = 'spans.jsonl';

/**
 * Writes spans JSONL: `{text, spans: [{start, end, label, token_start, token_end}],
 * tokens: [{text, start, end, id, ws}], meta: {name}}`, code point offsets (Python's
 * `text[start:end]`), `token_end` inclusive. Tokens are spaCy's English tokens cut at every
 * span edge, so every span has token indices; a span edge on whitespace (a folded space, a
 * line break) moves to the nearest word inside the span, a span of whitespace only is left
 * out, both counted in the summary. `ws` is true when exactly one space follows,
 * other whitespace is a token of its own, so spaCy's `Doc(words, spaces).text` is the text.
 * A discontinuous span becomes one span per fragment (counted). Overlapping spans are kept.
 * @example writeSpansJsonl(bundle).files[0].content === '{"text":"IBM","spans":[{"start":0,"end":3,"label":"ORG","token_start":0,"token_end":0}],…}\n'
 */
export function writeSpansJsonl(bundle: FormatBundle, _options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const out = new ByteWriter();
  let spans = 0;
  for (const doc of bundle.documents) spans += record(out, doc, tally);
  return {
    files: [out.toFile(SPANS_JSONL_FILE)],
    summary: {
      documents: bundle.documents.length,
      spans,
      stances: 0,
      notExpressed: tally.toRecord(),
      ...tally.adjusted(),
    },
  };
}

/** Writes one document's line; returns how many of its spans it holds. */
function record(out: ByteWriter, doc: FormatDocument, tally: Tally): number {
  tallyUnwritten(doc, tally, BEYOND_SPANS);
  tally.add(
    'discontinuous span written as separate spans',
    doc.spans.filter((s) => s.fragments.length > 1).length,
  );
  const edges: number[] = [];
  for (const span of doc.spans) for (const f of span.fragments) edges.push(f.start, f.end);
  const tokens = cutTokens(doc.text, spacyEnglishTokens(doc.text), edges);
  // About 60 bytes per token, 80 per span, the text once (a guess; the writer still grows if short).
  out.reserve(doc.text.length * 1.2 + tokens.count * 64 + edges.length * 45 + 256);
  out.ascii('{"text":');
  out.slice(doc.text, 0, doc.text.length, true);
  out.ascii(',"spans":[');
  const written = spanList(out, doc, tokens, tally);
  out.ascii('],"tokens":[');
  tokenList(out, doc.text, tokens);
  out.text(`],"meta":${JSON.stringify({ name: doc.name })}}\n`);
  return written;
}

/** What goes between two token texts: the end of one token's object and the start of the next's. */
const START = ByteWriter.encode('","start":');
const END = ByteWriter.encode(',"end":');
const ID = ByteWriter.encode(',"id":');
const WS = ByteWriter.encode(',"ws":true},{"text":"');
const NO_WS = ByteWriter.encode(',"ws":false},{"text":"');

/** The tokens as JSON objects, written straight into the output bytes (the hot loop of the export). */
function tokenList(out: ByteWriter, text: string, tokens: SpacyTokens): void {
  // Imported functions read once: under a CommonJS build (tsx) each use would call an export getter.
  const chars = writeChars;
  const int = writeInt;
  const { start16, end16, start, end, spaceAfter, count } = tokens;
  if (count === 0) return;
  out.ascii('{"text":"');
  // Room is claimed for a block of tokens at once: 6 bytes a UTF-16 unit at most, 80 for the rest.
  for (let from = 0; from < count; from += BLOCK) {
    const to = Math.min(count, from + BLOCK);
    const b = out.claim(((end16[to - 1] ?? 0) - (start16[from] ?? 0)) * 6 + (to - from) * 80);
    let at = out.end;
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
      at = int(b, copy(b, at, START), start[i] ?? 0);
      at = int(b, copy(b, at, END), end[i] ?? 0);
      at = int(b, copy(b, at, ID), i);
      // The last token's object is closed without opening another.
      at =
        i + 1 < count
          ? copy(b, at, spaceAfter[i] === 1 ? WS : NO_WS)
          : closeLast(b, at, spaceAfter[i] === 1);
    }
    out.commit(at);
  }
}

/** Writes the last token's `,"ws":…}`; returns the end. */
function closeLast(b: Uint8Array, at: number, space: boolean): number {
  const bytes = space ? WS : NO_WS;
  return copy(b, at, bytes.subarray(0, bytes.indexOf(125) + 1)); // up to the }
}

const SPAN = ByteWriter.encode(',{"start":');
const SPAN_END = ByteWriter.encode(',"end":');
const TOKEN_END = ByteWriter.encode(',"token_end":');

/** The spans as JSON objects with their token indices, straight into the output bytes; returns how many spans it wrote. */
function spanList(out: ByteWriter, doc: FormatDocument, tokens: SpacyTokens, tally: Tally): number {
  const words = wordRange; // read once (see tokenList)
  const int = writeInt;
  // `,"label":"…","token_start":` encoded once per label.
  const labels = new Map<string, Uint8Array>();
  let skip = true; // the first span's object goes without the comma before it
  let written = 0;
  let near = 0; // a layer keeps its spans by start: each token search starts at the last one's
  doc.spans.forEach((span, s) => {
    let label = labels.get(span.label);
    if (!label) {
      label = ByteWriter.encode(`,"label":${JSON.stringify(span.label)},"token_start":`);
      labels.set(span.label, label);
    }
    let any = false;
    for (const f of span.fragments) {
      const range = f.end > f.start ? words(tokens, f.start, f.end, near) : null;
      if (!range) {
        if (f.end > f.start) tally.adjust(IOB_REASONS.noToken, adjusted(doc, s, f, null));
        else tally.add(IOB_REASONS.noToken);
        continue;
      }
      const [first, last] = range;
      near = first;
      const start = tokens.start[first] ?? 0;
      const end = tokens.end[last] ?? 0;
      if (start !== f.start || end !== f.end)
        tally.adjust(IOB_REASONS.trimmed, adjusted(doc, s, f, [start, end]));
      const b = out.claim(label.length + 80);
      let at = copy(b, out.end, skip ? SPAN.subarray(1) : SPAN);
      at = int(b, at, start);
      at = int(b, copy(b, at, SPAN_END), end);
      at = int(b, copy(b, at, label), first);
      at = int(b, copy(b, at, TOKEN_END), last);
      b[at++] = 125; // }
      out.commit(at);
      skip = false;
      any = true;
    }
    if (any) written++;
  });
  return written;
}

/** Tokens written between two claims of room. */
const BLOCK = 4096;

/** Copies `bytes` to b at `at`; returns the end. */
function copy(b: Uint8Array, at: number, bytes: Uint8Array): number {
  let end = at;
  for (let i = 0; i < bytes.length; i++) b[end++] = bytes[i] ?? 0;
  return end;
}
