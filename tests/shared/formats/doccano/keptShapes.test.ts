import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoccano, writeDoccano } from '../../../../src/shared/formats';
import type { FormatBundle, FormatFile } from '../../../../src/shared/formats';
import { ErrorCollector, readJsonRecords } from '../../../../src/shared/formats/common';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { file, jsonl, span } from '../build';

/** doccano's own examples: exports in tests/fixtures/real, imports in the shared fixtures (SOURCES.md). */
const EXPORTS = join(__dirname, '../../../fixtures/real/doccano');
const IMPORTS = join(SHARED_DIR, 'fixtures', 'real', 'doccano');
const load = (folder: string, name: string): FormatFile =>
  file(name, readFileSync(join(folder, name), 'utf8'));
/** The records written (a document read from a file goes back to it, one-line or pretty-printed). */
const records = (bundle: FormatBundle) =>
  writeDoccano(bundle).files.flatMap((f) =>
    readJsonRecords(f.path, f.content, new ErrorCollector()).map((r) => r.record),
  );

/** An entity object as doccano writes one. */
const entity = (id: number, start: number, end: number, label: string) => ({
  id,
  label,
  start_offset: start,
  end_offset: end,
});

describe('doccano records with entities and no relations', () => {
  // doccano's export of a sequence labeling project with relations where no relation was drawn.
  const source = file(
    'admin.jsonl',
    jsonl({
      id: 12,
      text: 'Google was founded by Larry Page.',
      entities: [entity(40, 0, 6, 'ORG'), entity(41, 22, 32, 'PERSON')],
      relations: [],
    }),
  );

  it('are written back as entities with the ids they came with, not as label triples', () => {
    const [record] = records(readDoccano([source]));
    expect(record).toEqual({
      id: 12,
      text: 'Google was founded by Larry Page.',
      entities: [entity(40, 0, 6, 'ORG'), entity(41, 22, 32, 'PERSON')],
      relations: [],
    });
  });

  it('give an entity added in Loupe an id none of them has', () => {
    const read = readDoccano([source]);
    const [doc] = read.documents;
    if (!doc) throw new Error('one document expected');
    const added = { ...doc, spans: [...doc.spans, span(11, 18, 'EVENT')] };
    const [record] = records({ ...read, documents: [added] });
    expect(record?.entities).toEqual([
      entity(40, 0, 6, 'ORG'),
      entity(41, 22, 32, 'PERSON'),
      entity(42, 11, 18, 'EVENT'),
    ]);
  });
});

describe.skipIf(!existsSync(IMPORTS))("doccano's own examples written back in their shape", () => {
  it('relation extraction: the entity ids 0–3 the file gave, the relations between them', () => {
    const name = 'data_import__tests__data__relation_extraction__example.jsonl';
    const [record] = records(readDoccano([load(IMPORTS, name)]));
    expect((record?.entities as { id: number }[]).map((e) => e.id)).toEqual([0, 1, 2, 3]);
    // Unedited, the record comes back as it was: its relations without ids.
    expect(record?.relations).toEqual([
      { from_id: 0, to_id: 1, type: 'foundedAt' },
      { from_id: 0, to_id: 2, type: 'foundedBy' },
      { from_id: 0, to_id: 3, type: 'foundedBy' },
    ]);
  });

  it("relation extraction, doccano's export: the relation ids 0–2 the file gave, a new relation the next", () => {
    const name = 'data_export__pipeline__examples__relation_extraction__example.jsonl';
    const source = load(IMPORTS, name);
    const filed = JSON.parse(source.content) as object;
    const read = readDoccano([source]);
    expect(records(read)).toEqual([filed]);
    const [doc] = read.documents;
    if (!doc) throw new Error('one document expected');
    const added = {
      ...doc,
      relations: [...doc.relations, { type: 'foundedBy', from: '0', to: '1' }],
    };
    const [record] = records({ ...read, documents: [added] });
    expect((record?.relations as { id: number }[]).map((r) => r.id)).toEqual([0, 1, 2, 3]);
  });

  it('intent detection: entities as triples with their categories, as the file had them', () => {
    const name = 'data_export__pipeline__examples__intent_detection__example.jsonl';
    const written = records(readDoccano([load(IMPORTS, name)]));
    expect(written.map((r) => [r.entities, r.cats, r.label])).toEqual([
      [
        [
          [0, 26, 'City'],
          [30, 36, 'City'],
        ],
        ['flight'],
        undefined,
      ],
      [[[36, 47, 'City']], ['airport'], undefined],
    ]);
  });
});

describe("doccano's fastText and CSV exports written back as they came", () => {
  it.each([
    'export_text_classification_example.txt',
    'export_text_classification_example.csv',
    'export_sequence_to_sequence_example.csv',
  ])('%s: the same file, byte for byte, under its name', (name) => {
    const source = load(EXPORTS, name);
    expect(writeDoccano(readDoccano([source])).files).toEqual([source]);
  });

  it('writes two files of one name from different folders apart, the second as name-2', () => {
    const txt = load(EXPORTS, 'export_text_classification_example.txt');
    const csv = load(EXPORTS, 'export_text_classification_example.csv');
    const other = '__label__positive Fine.\n';
    const sources = [
      file('a/cats.txt', txt.content),
      file('b/cats.txt', other),
      file('a/cats.csv', csv.content),
      file('b/cats.csv', 'text,label\nFine.,positive\n'),
    ];
    expect(writeDoccano(readDoccano(sources)).files).toEqual([
      file('cats.txt', txt.content),
      file('cats-2.txt', other),
      file('cats.csv', csv.content),
      file('cats-2.csv', 'text,label\nFine.,positive\n'),
    ]);
  });

  it('writes an edited line in the form doccano writes, and a document given spans to doccano JSONL', () => {
    const source = load(EXPORTS, 'export_text_classification_example.txt');
    const read = readDoccano([source]);
    const [first, second, third] = read.documents;
    if (!first || !second || !third) throw new Error('three documents expected');
    const edited = [
      { ...first, documentLabels: { category: 'negative', 'category 2': 'service' } },
      { ...second, spans: [span(14, 25, 'EVENT')] },
      third,
    ];
    const files = writeDoccano({ ...read, documents: edited }).files;
    expect(files.map((f) => f.path)).toEqual(['doccano.jsonl', source.path]);
    expect(files[1]?.content).toBe(
      '__label__negative __label__service Terrible customer service.\n__label__positive Great price.\n',
    );
    expect(JSON.parse(files[0]?.content ?? '')).toMatchObject({
      text: 'Really great transaction.',
      label: [[14, 25, 'EVENT']],
      cats: ['positive'],
    });
  });

  it('writes an edited CSV row quoted as its file quoted them, the labels joined by #', () => {
    const source = load(EXPORTS, 'export_text_classification_example.csv');
    const read = readDoccano([source]);
    const [first, ...others] = read.documents;
    if (!first) throw new Error('documents expected');
    const edited = { ...first, documentLabels: { category: 'negative', 'category 2': 'late' } };
    const [written] = writeDoccano({ ...read, documents: [edited, ...others] }).files;
    expect(written?.content.split('\n').slice(0, 2)).toEqual([
      'text,label',
      '"Terrible customer service.","negative#late"',
    ]);
  });
});
