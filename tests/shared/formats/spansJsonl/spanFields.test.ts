import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeConll, writeSpansJsonl } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { fragmentOf } from '../../../../src/shared/spans';
import { SPAN_FIELDS_DROPPED } from '../../../../src/shared/formats/spansJsonl/spanFields';

const PRODIGY = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'prodigy');

type Json = Record<string, unknown>;

function fixture(name: string): { path: string; content: string } {
  return { path: name, content: readFileSync(join(PRODIGY, name), 'utf8') };
}

function records(content: string): Json[] {
  return content
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Json);
}

function spansOf(record: Json | undefined): unknown {
  return record?.spans;
}

/** The records a bundle writes, by document name. */
function written(bundle: FormatBundle): { records: Json[]; notExpressed: Record<string, number> } {
  const result = writeSpansJsonl(bundle);
  return {
    records: records(String(result.files[0]?.content)),
    notExpressed: { ...result.summary.notExpressed },
  };
}

describe('spans JSONL span fields Loupe does not write', () => {
  // jdkato/prose testdata/reddit_product.jsonl (a Prodigy ner.teach export), lines 1, 8, 46,
  // 653, 711 and 1797. By python3's json: 6 records, 1 answered reject, 11 spans, each with
  // text, rank, score, source, input_hash and answer; lines 46, 653 and 1797 list their spans
  // out of order of start; no record has tokens or token indices.
  const teach = fixture('reddit_product_ner_teach_lines_1_8_46_653_711_1797.jsonl');

  it('writes a ner.teach export back with the same spans per record, in their order', () => {
    const given = records(teach.content);
    const out = written(readSpansJsonl([teach]));
    expect(out.records).toHaveLength(6);
    given.forEach((record, i) => expect(spansOf(out.records[i])).toEqual(spansOf(record)));
    const spans = out.records.flatMap((r) => (Array.isArray(r.spans) ? r.spans : []));
    expect(spans).toHaveLength(11);
    expect(out.notExpressed[SPAN_FIELDS_DROPPED]).toBeUndefined();
  });

  it('reads its own export back to the same spans, and writes them so again', () => {
    const first = written(readSpansJsonl([teach]));
    const again = readSpansJsonl([{ path: 'again.jsonl', content: linesOf(first.records) }]);
    // 11 spans, 1 in the rejected record and line 711's G3 answered reject: 9 entities.
    expect(again.documents.reduce((n, doc) => n + doc.spans.length, 0)).toBe(9);
    expect(written(again).records.map(spansOf)).toEqual(first.records.map(spansOf));
  });

  it('leaves out, and counts, the fields of a span whose label was edited', () => {
    const read = readSpansJsonl([teach]);
    const documents = read.documents.map((doc) =>
      doc.name.endsWith('-3') // the file's line 46
        ? {
            ...doc,
            spans: doc.spans.map((s) =>
              s.fragments[0]?.start === 53 ? { ...s, label: 'ORG' } : s,
            ),
          }
        : doc,
    );
    const out = written({ ...read, documents });
    expect(out.notExpressed[SPAN_FIELDS_DROPPED]).toBe(1);
    // Line 46: MySQL (61–66) before Apache (53–59); Apache, relabelled, comes with no fields.
    expect(spansOf(out.records[2])).toEqual([
      expect.objectContaining({ start: 61, end: 66, label: 'PRODUCT', score: 0.0134138317 }),
      { start: 53, end: 59, label: 'ORG' },
    ]);
  });

  it('shows no entity the annotator rejected in an accepted record, and writes it back in its place', () => {
    // Line 711 is answered accept, its MacBook span accept and its G3 span (252–254) reject.
    const read = readSpansJsonl([teach]);
    const doc = read.documents[4];
    expect(doc?.spans.map((s) => s.fragments[0])).toEqual([{ start: 61, end: 68 }]);
    expect(read.warnings.join('\n')).toContain('1 span answered reject or ignore');
    expect(writeSpansJsonl(read).files[0]?.content).toBe(teach.content);
    expect(String(writeConll(read).files[0]?.content)).not.toMatch(/^G3 .*PRODUCT$/m);
    // A span added before it: G3 still follows MacBook, as the file had it.
    const added = { label: 'ORG', fragments: [fragmentOf(0, 3)] };
    const documents = read.documents.map((d, i) =>
      i === 4 ? { ...d, spans: [added, ...d.spans] } : d,
    );
    const spans = spansOf(written({ ...read, documents }).records[4]);
    expect(Array.isArray(spans) ? spans.map((s: Json) => [s.label, s.start]) : spans).toEqual([
      ['ORG', 0],
      ['PRODUCT', 61],
      ['PRODUCT', 252],
    ]);
  });

  it('writes back ner.correct spans with their token indices, text, source and input_hash', () => {
    // explosion/projects tutorials/ner_fashion_brands/assets/fashion_brands_training.jsonl,
    // lines 8 and 35: one span each, with token_start/token_end, text, source, input_hash.
    const correct = fixture('fashion_brands_training_lines_8_35.jsonl');
    const given = records(correct.content);
    const out = written(readSpansJsonl([correct]));
    given.forEach((record, i) => expect(spansOf(out.records[i])).toEqual(spansOf(record)));
  });
});

function linesOf(list: readonly Json[]): string {
  return list.map((r) => JSON.stringify(r)).join('\n');
}
