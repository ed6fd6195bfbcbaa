import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import { FILE_TOKENS_CUT } from '../../../../src/shared/formats/spansJsonl/fileTokens';
import { fragmentOf } from '../../../../src/shared/spans';
import { jsonLines, jsonSpan, token } from './build';

const PRODIGY = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'prodigy');

/**
 * Records of explosion/projects whose tokens are not the spaCy English tokens Loupe makes
 * (`i` `d` for `id`, tokens without `ws`, rel.manual's `disabled`): every one came back with
 * Loupe's tokens and other `token_start`/`token_end` (see SOURCES.md).
 */
const EXCERPTS = [
  'fashion_brands_eval_lines_92_146.jsonl',
  'fashion_brands_training_lines_196_412.jsonl',
  'drugs_eval_lines_155_435.jsonl',
  'drugs_training_lines_108_307.jsonl',
  'food_data_lines_674_728.jsonl',
  'rel_component_annotations_lines_8_59_106_112_140.jsonl',
];

type Json = Record<string, unknown>;

const lines = jsonLines;

/** The source record as Loupe writes it back: `meta.name` added, the document's name. */
function withName(record: Json, name: unknown): Json {
  const meta = typeof record.meta === 'object' && record.meta !== null ? record.meta : {};
  return { ...record, meta: { ...meta, name } };
}

describe('spans JSONL tokens a record came with', () => {
  it.each(EXCERPTS)(
    'writes back %s as it came, equal as JSON, and a second export byte for byte',
    (name) => {
      const content = readFileSync(join(PRODIGY, name), 'utf8');
      const read = readSpansJsonl([{ path: name, content }]);
      const written = writeSpansJsonl(read);
      const back = lines(written.files[0]?.content ?? '');
      // Known answer: the source file itself, record by record.
      const source = lines(content);
      expect(back).toHaveLength(source.length);
      source.forEach((record, i) => {
        const line = back[i] ?? {};
        expect(line).toEqual(withName(record, (line.meta as Json).name));
        // Each span's keys in the file's order (rel.manual's `token_start` before `end`, `type`).
        expect(JSON.stringify(line.spans)).toBe(JSON.stringify(record.spans));
      });
      expect(written.summary.notExpressed[FILE_TOKENS_CUT]).toBeUndefined();
      const again = writeSpansJsonl(readSpansJsonl(written.files));
      expect(again.files[0]?.content).toBe(written.files[0]?.content);
    },
  );

  it('counts token indices on the file’s tokens: Ami is token 28 after `i` `d`, not 27', () => {
    const content = readFileSync(
      join(PRODIGY, 'fashion_brands_training_lines_196_412.jsonl'),
      'utf8',
    );
    const [, record] = lines(content);
    const read = readSpansJsonl([{ path: 'f.jsonl', content: JSON.stringify(record) }]);
    const [back] = lines(writeSpansJsonl(read).files[0]?.content ?? '');
    expect(back?.spans).toEqual([jsonSpan(130, 133, 'FASHION_BRAND', 28, 28)]);
  });

  it('cuts a token of the file where a span edge falls inside it, as Prodigy takes no span off token edges', () => {
    // One token "U.S.-led" from the file, without `ws` (as drugs_eval's); a span on "U.S." added in Loupe.
    const text = 'U.S.-led talks';
    const tokens = [
      { text: 'U.S.-led', start: 0, end: 8, id: 0 },
      { text: 'talks', start: 9, end: 14, id: 1 },
    ];
    const record = { text, tokens, spans: [jsonSpan(9, 14, 'EVENT', 1, 1)] };
    const read = readSpansJsonl([{ path: 'c.jsonl', content: JSON.stringify(record) }]);
    const doc = read.documents[0];
    if (!doc) throw new Error('no document');
    const edited = {
      ...doc,
      spans: [...doc.spans, { label: 'GPE', fragments: [fragmentOf(0, 4)] }],
    };
    const written = writeSpansJsonl({ ...read, documents: [edited] });
    const [back] = lines(written.files[0]?.content ?? '');
    expect(back?.tokens).toEqual([
      token('U.S.', 0, 4, 0, false),
      token('-led', 4, 8, 1, true),
      token('talks', 9, 14, 2, false),
    ]);
    expect(back?.spans).toEqual([jsonSpan(9, 14, 'EVENT', 2, 2), jsonSpan(0, 4, 'GPE', 0, 0)]);
    expect(written.summary.notExpressed[FILE_TOKENS_CUT]).toBe(1);
  });

  it('writes Loupe’s own tokens when the text no longer fits the file’s tokens', () => {
    const record = {
      text: 'id est',
      tokens: [token('i', 0, 1, 0, false), token('d', 1, 2, 1, true), token('est', 3, 6, 2, false)],
      spans: [jsonSpan(3, 6, 'X', 2, 2)],
    };
    const read = readSpansJsonl([{ path: 't.jsonl', content: JSON.stringify(record) }]);
    const doc = read.documents[0];
    if (!doc) throw new Error('no document');
    // The same tokens kept, another text: the file's tokens no longer say what it holds.
    const changed = { ...doc, text: 'ad est' };
    const [back] = lines(
      writeSpansJsonl({ ...read, documents: [changed] }).files[0]?.content ?? '',
    );
    expect(back?.tokens).toEqual([token('ad', 0, 2, 0, true), token('est', 3, 6, 1, false)]);
    expect(back?.spans).toEqual([jsonSpan(3, 6, 'X', 1, 1)]);
  });

  it('keeps no tokens that are the very ones Loupe writes, so its own file reads back the same', () => {
    const record = { text: 'Mike met Adel', spans: [jsonSpan(0, 4, 'PERSON')] };
    const read = readSpansJsonl([{ path: 'l.jsonl', content: JSON.stringify(record) }]);
    const content = writeSpansJsonl(read, { tokens: true }).files[0]?.content ?? '';
    // Read back under the file's name, as Loupe named it by file and line (no meta.name written).
    const [back] = readSpansJsonl([{ path: 'l.jsonl', content }]).documents;
    expect(back?.metadata?.$prodigy).toEqual({
      layout: { keys: ['text', 'spans', 'tokens'], givenName: 'l-1' },
      // The line came without a line break after it, and is written back so.
      openEnd: true,
    });
    expect({ ...back, metadata: undefined }).toEqual({ ...read.documents[0], metadata: undefined });
  });

  it('writes back tokens whose whitespace offsets point elsewhere as the file had them, and mended once the text changed', () => {
    // In the shape of vidosuba/slovak-NER's prodigy/prodigy_jsonl/annotations_prod02.jsonl
    // (no licence; this record is ours): `prodigy db-out` of ner.manual, each "\n\t" token at
    // another sentence's offsets. The record went back with Loupe's tokens (`Hlavné`'s index 4,
    // not 5), so none of the file's 48 records came back byte for byte.
    const text = 'Kráľ .\n\tHlavné mesto .\n\tMbabane .';
    const tokens = [
      { id: 0, text: 'Kráľ', start: 0, end: 4 },
      { id: 1, text: '.', start: 5, end: 6 },
      { id: 2, text: '\n\t', start: 0, end: 2 },
      { id: 3, text: 'Hlavné', start: 8, end: 14 },
      { id: 4, text: 'mesto', start: 15, end: 20 },
      { id: 5, text: '.', start: 21, end: 22 },
      { id: 6, text: '\n\t', start: 8, end: 10 },
      { id: 7, text: 'Mbabane', start: 24, end: 31 },
      { id: 8, text: '.', start: 32, end: 33 },
    ];
    const spans = [
      { start: 8, end: 20, token_start: 3, token_end: 4, label: 'LOC' },
      { start: 24, end: 31, token_start: 7, token_end: 7, label: 'LOC' },
    ];
    const record = { text, spans, tokens, meta: { id: '1' }, answer: 'accept' };
    const content = `${JSON.stringify(record)}\n`;
    const read = readSpansJsonl([{ path: 'annotations_prod02.jsonl', content }]);
    const written = writeSpansJsonl(read);
    expect(written.files[0]?.content).toBe(content);
    expect(written.summary.notes ?? {}).toEqual({});
    // The text the tokens came with changed (a thin space for a space; the tokens still fit it):
    // the tokens go back where they are, with the file's keys, ids and token indices.
    const doc = read.documents[0];
    if (!doc) throw new Error('no document');
    const changed = { ...doc, text: text.replace('Hlavné mesto', 'Hlavné\u2009mesto') };
    const [back] = lines(
      writeSpansJsonl({ ...read, documents: [changed] }).files[0]?.content ?? '',
    );
    expect(back?.tokens).toEqual(
      tokens.map((t) =>
        t.id === 2 ? { ...t, start: 6, end: 8 } : t.id === 6 ? { ...t, start: 22, end: 24 } : t,
      ),
    );
    expect(back?.spans).toEqual(spans);
  });
});
