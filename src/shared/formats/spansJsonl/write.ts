import { cutTokens, spacyEnglishTokens } from '../../text';
import type { SpacyTokens } from '../../text';
import { ByteWriter, Tally, BEYOND_SPANS, tallyUnwritten } from '../common';
import type { FormatBundle, FormatDocument, WriteOptions, WriteResult } from '../common';
import { itemAt } from '../../collections';

/** The file spans JSONL is written to. */
export const SPANS_JSONL_FILE = 'spans.jsonl';

/**
 * Writes spans JSONL: `{text, spans: [{start, end, label, token_start, token_end}],
 * tokens: [{text, start, end, id, ws}], meta: {name}}`, code point offsets (Python's
 * `text[start:end]`), `token_end` inclusive. Tokens are spaCy's English tokens cut at every
 * span edge, so every span has token indices; `ws` is true when exactly one space follows,
 * other whitespace is a token of its own, so spaCy's `Doc(words, spaces).text` is the text.
 * A discontinuous span becomes one span per fragment (counted). Overlapping spans are kept.
 * @example writeSpansJsonl(bundle).files[0].content === '{"text":"IBM","spans":[{"start":0,"end":3,"label":"ORG","token_start":0,"token_end":0}],…}\n'
 */
export function writeSpansJsonl(bundle: FormatBundle, _options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const out = new ByteWriter();
  for (const doc of bundle.documents) record(out, doc, tally);
  const spans = bundle.documents.reduce((sum, doc) => sum + doc.spans.length, 0);
  return {
    files: [{ path: SPANS_JSONL_FILE, content: out.toString() }],
    summary: {
      documents: bundle.documents.length,
      spans,
      stances: 0,
      notExpressed: tally.toRecord(),
    },
  };
}

function record(out: ByteWriter, doc: FormatDocument, tally: Tally): void {
  tallyUnwritten(doc, tally, BEYOND_SPANS);
  tally.add(
    'discontinuous span written as separate spans',
    doc.spans.filter((s) => s.fragments.length > 1).length,
  );
  const edges: number[] = [];
  for (const span of doc.spans) for (const f of span.fragments) edges.push(f.start, f.end);
  const tokens = cutTokens(doc.text, spacyEnglishTokens(doc.text), edges);
  const spans = doc.spans.flatMap((span) =>
    span.fragments.map((f) => {
      const first = indexOf(tokens.start, f.start);
      const last = f.end > f.start ? indexOf(tokens.end, f.end) : first - 1;
      return last < first || first < 0
        ? { start: f.start, end: f.end, label: span.label }
        : { start: f.start, end: f.end, label: span.label, token_start: first, token_end: last };
    }),
  );
  out.ascii('{"text":');
  out.slice(doc.text, 0, doc.text.length, true);
  out.text(`,"spans":${JSON.stringify(spans)},"tokens":[`);
  tokenList(out, doc.text, tokens);
  out.text(`],"meta":${JSON.stringify({ name: doc.name })}}\n`);
}

/** Index of `value` in a sorted array, or -1. */
function indexOf(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (itemAt(sorted, mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === value ? lo : -1;
}

/** The tokens as JSON objects, written straight into the output bytes. */
function tokenList(out: ByteWriter, text: string, tokens: SpacyTokens): void {
  for (let i = 0; i < tokens.count; i++) {
    out.ascii(i === 0 ? '{"text":' : ',{"text":');
    out.slice(text, itemAt(tokens.start16, i), itemAt(tokens.end16, i), true);
    out.ascii(',"start":');
    out.int(itemAt(tokens.start, i));
    out.ascii(',"end":');
    out.int(itemAt(tokens.end, i));
    out.ascii(',"id":');
    out.int(i);
    out.ascii(tokens.spaceAfter[i] === 1 ? ',"ws":true}' : ',"ws":false}');
  }
}
