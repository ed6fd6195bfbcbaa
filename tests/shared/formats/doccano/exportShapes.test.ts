import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readDoccano, writeDoccano } from '../../../../src/shared/formats';
import type { FormatFile } from '../../../../src/shared/formats';
import { fileFields } from '../../../../src/shared/formats/common';

/** doccano's own export examples (tests/fixtures/real/SOURCES.md). */
const REAL = join(__dirname, '../../../fixtures/real/doccano');
const load = (name: string): FormatFile => ({
  path: name,
  content: readFileSync(join(REAL, name), 'utf8'),
});

describe("doccano's fastText export (a text classification project's .txt)", () => {
  const file = load('export_text_classification_example.txt');

  it('is told from plain text and read as one document per line, its __label__ words categories', () => {
    expect(detectFormat([file])).toBe('doccano');
    const { documents } = readDoccano([file]);
    // The file's three lines, each `__label__X TEXT` (grep -c __label__ gives 3).
    expect(documents.map((d) => [d.text, d.documentLabels])).toEqual([
      ['Terrible customer service.', { category: 'negative' }],
      ['Really great transaction.', { category: 'positive' }],
      ['Great price.', { category: 'positive' }],
    ]);
  });

  it('reads every label of a line and the text between them as doccano does', () => {
    // doccano's FastTextParser: split on spaces, `__label__` words are labels, the rest the text.
    const { documents } = readDoccano([
      { path: 'cats.txt', content: '__label__b __label__a Fine  day. \n\n __label__c\n' },
    ]);
    expect(documents.map((d) => [d.text, d.documentLabels])).toEqual([
      ['Fine  day.', { category: 'b', 'category 2': 'a' }],
      ['', { category: 'c' }],
    ]);
  });

  it('a .txt that merely mentions __label__ later stays plain text', () => {
    expect(
      detectFormat([{ path: 'notes.txt', content: 'fastText writes\n__label__x lines\n' }]),
    ).toBe('txt');
  });
});

describe('doccano records with one category as a string', () => {
  // The layout of a published doccano text classification file (its keys and their order:
  // `Section`, `Subsection` null, `label` one string, then `text`), in our own words.
  const file: FormatFile = {
    path: 'signature_block.jsonl',
    content: [
      '{"Section":null,"Subsection":null,"label":"SIGNATURE BLOCK","text":"Signed for the lessor:\\nBy: [***]\\nName: [***]\\n"}',
      '{"Section":null,"Subsection":null,"label":"SIGNATURE BLOCK","text":"AGREED AND ACCEPTED\\nBy: /s/ A. Reader\\n"}',
    ].join('\n'),
  };

  it('are told as doccano and read as one category each, doccano import reading a string as a list of one', () => {
    expect(detectFormat([file])).toBe('doccano');
    const read = readDoccano([file]);
    expect(read.documents.map((d) => d.documentLabels)).toEqual([
      { category: 'SIGNATURE BLOCK' },
      { category: 'SIGNATURE BLOCK' },
    ]);
    expect(fileFields(read.documents[0]?.metadata)).toEqual({ Section: null, Subsection: null });
    // Unedited, the file comes back as it was, each label one string.
    expect(writeDoccano(read).files).toEqual([file]);
  });

  it("leave Prodigy's text classification records, whose label is a string too, to Prodigy", () => {
    const prodigy = {
      path: 'p.jsonl',
      content: '{"text":"add please","label":"DOCS","answer":"reject"}',
    };
    expect(detectFormat([prodigy])).toBe('spans-jsonl');
  });
});

describe("doccano's CSV export", () => {
  it.each([
    [
      'export_text_classification_example.csv',
      ['negative', 'positive', 'positive'],
      ['Terrible customer service.', 'Really great transaction.', 'Great price.'],
    ],
    [
      'export_sequence_to_sequence_example.csv',
      ['こんにちは！', 'おはようございます。', 'さようなら。'],
      ['Hello!', 'Good morning.', 'See you.'],
    ],
  ])('%s: a document per row, its label a category', (name, labels, texts) => {
    const file = load(name);
    expect(detectFormat([file])).toBe('doccano');
    const { documents } = readDoccano([file]);
    expect(documents.map((d) => d.text)).toEqual(texts);
    expect(documents.map((d) => d.documentLabels.category)).toEqual(labels);
  });

  it('splits the labels doccano joined with #, keeps the other columns, and names a short row by its line (5: row 2 spans two)', () => {
    const content = [
      'id,text,label,Comments',
      '7,"Late, and cold.\nNever again.",negative#service,',
      '8,Fine.,,',
      '9,Too few cells',
    ].join('\n');
    expect(() => readDoccano([{ path: 'all.csv', content }])).toThrow(
      /all\.csv:5: has 2 cells where the header \(id, text, label, Comments\) names 4/,
    );
    const { documents } = readDoccano([
      { path: 'all.csv', content: content.replace(/\n9.*$/, '') },
    ]);
    expect(documents.map((d) => [d.name, d.text, d.documentLabels, d.metadata])).toEqual([
      [
        '7',
        'Late, and cold.\nNever again.',
        { category: 'negative', 'category 2': 'service' },
        { id: '7', Comments: '', $doccano: expect.anything() as unknown },
      ],
      ['8', 'Fine.', {}, { id: '8', Comments: '', $doccano: expect.anything() as unknown }],
    ]);
  });
});
