import { createOffsetIndex } from '../../spans';
import type { OffsetIndex } from '../../spans';
import { tokenize } from '../../text';
import type { Token } from '../../text';
import { Tally, BEYOND_SPANS, tallyUnwritten } from '../common';
import type { FormatBundle, FormatDocument, WriteOptions, WriteResult } from '../common';

/** The file spans JSONL is written to. */
export const SPANS_JSONL_FILE = 'spans.jsonl';

/**
 * Writes spans JSONL: `{text, spans: [{start, end, label, token_start, token_end}],
 * tokens: [{text, start, end, id, ws}], meta: {name}}`, code point offsets (Python's
 * `text[start:end]`), `token_end` inclusive. A span off token boundaries keeps its exact
 * offsets and goes without token indices; a discontinuous span becomes one per fragment.
 * @example writeSpansJsonl(bundle).files[0].content === '{"text":"IBM","spans":[{"start":0,"end":3,"label":"ORG","token_start":0,"token_end":0}],…}\n'
 */
export function writeSpansJsonl(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const lines = bundle.documents.map((doc) => JSON.stringify(record(doc, tally, options.locale)));
  const spans = bundle.documents.reduce((sum, doc) => sum + doc.spans.length, 0);
  return {
    files: [{ path: SPANS_JSONL_FILE, content: lines.map((line) => `${line}\n`).join('') }],
    summary: {
      documents: bundle.documents.length,
      spans,
      stances: 0,
      notExpressed: tally.toRecord(),
    },
  };
}

function record(doc: FormatDocument, tally: Tally, locale: string | undefined): object {
  tallyUnwritten(doc, tally, BEYOND_SPANS);
  tally.add(
    'discontinuous span written as separate spans',
    doc.spans.filter((s) => s.fragments.length > 1).length,
  );
  const tokens = tokenize(doc.text, locale);
  const index = createOffsetIndex(doc.text);
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const spans = doc.spans.flatMap((span) =>
    span.fragments.map((f) => {
      const first = byStart.get(f.start);
      const last = byEnd.get(f.end);
      if (first === undefined || last === undefined || last < first) {
        tally.add('span off token boundaries written without token_start/token_end');
        return { start: f.start, end: f.end, label: span.label };
      }
      return { start: f.start, end: f.end, label: span.label, token_start: first, token_end: last };
    }),
  );
  return {
    text: doc.text,
    spans,
    tokens: tokens.map((t, i) => tokenRecord(doc.text, index, t, i)),
    meta: { name: doc.name },
  };
}

/** spaCy's `ws`: the token is followed by whitespace. */
function tokenRecord(text: string, index: OffsetIndex, token: Token, id: number): object {
  const after = token.end < index.codePointLength ? text.charAt(index.toUtf16(token.end)) : '';
  return { text: token.text, start: token.start, end: token.end, id, ws: /\s/u.test(after) };
}
