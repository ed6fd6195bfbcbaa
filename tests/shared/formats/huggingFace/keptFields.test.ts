import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHuggingFace, sourceKey, writeHuggingFace } from '../../../../src/shared/formats';
import type { FormatBundle, FormatFile } from '../../../../src/shared/formats';
import { span } from '../build';
import { recordsOf } from './recordsOf';

/** Records and tag names written by datasets 5.0.1 (tests/fixtures/huggingface/make.py). */
const FIXTURES = join(__dirname, '../../../fixtures/huggingface');
const load = (path: string): FormatFile => ({
  path,
  content: readFileSync(join(FIXTURES, path), 'utf8'),
});
const SOURCE = (path: string): Record<string, unknown>[] =>
  load(path)
    .content.trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Each record's tags by name, as datasets' ClassLabel decodes them with label_names.json. */
function tagNames(files: readonly FormatFile[]): string[][] {
  const names = JSON.parse(
    files.find((f) => f.path === 'label_names.json')?.content ?? '[]',
  ) as string[];
  return recordsOf(files).map((r) => (r.ner_tags as number[]).map((t) => names[t] ?? '?'));
}

describe('Hugging Face records: kept fields through import and export', () => {
  it.each(['conll2003', 'saved'])(
    'writes back the id, pos_tags and chunk_tags of the records datasets wrote (%s)',
    (folder) => {
      const source = SOURCE(`${folder}/train.jsonl`);
      const read = readHuggingFace([
        load(`${folder}/dataset_info.json`),
        load(`${folder}/train.jsonl`),
      ]);
      const written = writeHuggingFace(read);
      const records = recordsOf(written.files);
      expect(records).toHaveLength(source.length);
      for (const key of ['id', 'tokens', 'pos_tags', 'chunk_tags'])
        expect(records.map((r) => r[key])).toEqual(source.map((r) => r[key]));
      // CoNLL-2003's tag ids 3, 7, 1, 2, 5 are B-ORG, B-MISC, B-PER, I-PER, B-LOC (dataset_info.json).
      expect(tagNames(written.files)).toEqual([
        ['B-ORG', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'O', 'O'],
        ['B-PER', 'I-PER'],
        ['B-LOC', 'O'],
      ]);
      expect(written.summary.notExpressed).toEqual({});
    },
  );

  it('keeps the fields as source facts of each record, shown as the app shows kept data', () => {
    const read = readHuggingFace([
      load('conll2003/dataset_info.json'),
      load('conll2003/train.jsonl'),
    ]);
    expect(read.documents[1]?.metadata).toEqual({
      $huggingface: {
        records: [{ tokens: 2, fields: { id: '1', pos_tags: [22, 22], chunk_tags: [11, 12] } }],
        // The ClassLabel names of conll2003/dataset_info.json, in their order.
        names: ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'],
        file: { name: 'train.jsonl', source: sourceKey('conll2003/train.jsonl'), index: 1 },
      },
    });
  });

  it('leaves the fields out when a span edge cuts a token, and the warnings say which and why', () => {
    const read = readHuggingFace([
      load('conll2003/dataset_info.json'),
      load('conll2003/train.jsonl'),
    ]);
    // "BRUSSELS 1996-08-22": a DATE span on "1996" cuts the source's token "1996-08-22".
    const third = read.documents[2];
    if (!third) throw new Error('three documents expected');
    const edited: FormatBundle = {
      ...read,
      documents: [...read.documents.slice(0, 2), { ...third, spans: [span(9, 13, 'DATE')] }],
    };
    const written = writeHuggingFace(edited);
    const records = recordsOf(written.files);
    expect(records[2]).toEqual({
      id: '2-0',
      tokens: ['BRUSSELS', '1996', '-08-22'],
      ner_tags: [0, expect.any(Number), 0],
      document: '2',
    });
    expect(records[1]).toMatchObject({ id: '1', pos_tags: [22, 22], chunk_tags: [11, 12] });
    expect(written.summary.notExpressed).toEqual({
      "fields of a Hugging Face record (id, pos_tags, chunk_tags) not written back: the document's tokens are not the source's (a span edge inside a token, or another text), so the fields would not line up": 1,
    });
  });

  it('writes a folder datasets loads whole: the card names the kept fields and the document field', () => {
    const read = readHuggingFace([
      load('conll2003/dataset_info.json'),
      load('conll2003/train.jsonl'),
    ]);
    const card = writeHuggingFace(read).files.find((f) => f.path === 'README.md')?.content ?? '';
    expect(card).toContain(
      [
        '  - name: document',
        '    dtype: string',
        '  - name: "pos_tags"',
        '    sequence: int64',
        '  - name: "chunk_tags"',
        '    sequence: int64',
        '  splits:',
      ].join('\n'),
    );
  });
});
