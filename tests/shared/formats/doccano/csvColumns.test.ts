import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readDoccano, writeDoccano } from '../../../../src/shared/formats';
import type { FormatBundle, FormatFile } from '../../../../src/shared/formats';
import { categoryLabels } from '../../../../src/shared/formats/common/categories';
import { file, jsonl, messagesOf } from '../build';

/** doccano's own files (tests/fixtures/real/SOURCES.md). */
const REAL = join(__dirname, '../../../fixtures/real/doccano');
const load = (name: string): FormatFile => file(name, readFileSync(join(REAL, name), 'utf8'));

/** Each document as its text and its categories. */
const texts = (bundle: FormatBundle) =>
  bundle.documents.map((d) => [d.text, Object.values(d.documentLabels)]);

/** The one file written back under `name`. */
const written = (bundle: FormatBundle, name: string) =>
  writeDoccano(bundle).files.find((f) => f.path === name)?.content;

/** The bundle with one document's categories replaced. */
function relabelled(bundle: FormatBundle, index: number, values: string[]): FormatBundle {
  const documents = bundle.documents.map((d, i) =>
    i === index ? { ...d, documentLabels: categoryLabels(values) } : d,
  );
  return { ...bundle, documents };
}

describe('doccano CSV: the columns of the text and the labels', () => {
  it('reads the form doccano’s import shows (`column_data,column_label`) and writes it back as it was', () => {
    const source = load('import_text_classification_example.csv');
    expect(detectFormat([source])).toBe('doccano');
    const bundle = readDoccano([source]);
    expect(texts(bundle)).toEqual([
      ['Terrible customer service.', ['negative']],
      ['Really great transaction.', ['positive']],
      ['Great price.', ['positive']],
    ]);
    expect(written(bundle, source.path)).toBe(source.content);
  });

  it('reads other columns named as doccano’s column_data and column_label, keeping the rest', () => {
    const source = file(
      'reviews.csv',
      'id,sentence,sentiment\r\n1,"I loved it, truly.",positive\r\n2,Meh.,\r\n',
    );
    const options = { textColumn: 'sentence', labelColumn: 'sentiment' };
    const bundle = readDoccano([source], options);
    expect(texts(bundle)).toEqual([
      ['I loved it, truly.', ['positive']],
      ['Meh.', []],
    ]);
    expect(bundle.documents.map((d) => d.metadata?.id)).toEqual(['1', '2']);
    expect(written(bundle, 'reviews.csv')).toBe(source.content);
    expect(written(relabelled(bundle, 1, ['negative', 'bored']), 'reviews.csv')).toBe(
      'id,sentence,sentiment\r\n1,"I loved it, truly.",positive\r\n2,Meh.,negative#bored\r\n',
    );
  });

  it('refuses a header without the text column, naming its columns and the options', () => {
    const source = file('reviews.csv', 'sentence,sentiment\nGood.,positive\n');
    expect(messagesOf(() => readDoccano([source]))).toEqual([
      expect.stringMatching(
        /^reviews\.csv:1: has no text column "text": its header names "sentence", "sentiment"; .*--text-column NAME \(doccano's column_data\).*--label-column NAME/,
      ),
    ]);
    expect(
      messagesOf(() => readDoccano([source], { textColumn: 'sentence', labelColumn: 'stars' })),
    ).toEqual([expect.stringMatching(/^reviews\.csv:1: has no label column "stars"/)]);
  });

  it('reads JSON Lines with other keys for the text and the labels', () => {
    const source = file(
      'reviews.jsonl',
      jsonl({ review: 'Great price.', stars: ['positive'], id: 7 }, { review: 'Slow.', stars: [] }),
    );
    const bundle = readDoccano([source], { textColumn: 'review', labelColumn: 'stars' });
    expect(texts(bundle)).toEqual([
      ['Great price.', ['positive']],
      ['Slow.', []],
    ]);
    const both = file('both.jsonl', jsonl({ review: 'Great price.', text: 'A summary.' }));
    expect(messagesOf(() => readDoccano([both], { textColumn: 'review' }))).toEqual([
      'both.jsonl:1: holds review and text both; review is read as the text, so rename one of them',
    ]);
    expect(messagesOf(() => readDoccano([source], { textColumn: 'body' }))).toEqual([
      'reviews.jsonl:1: body: expected a string (the document text)',
      'reviews.jsonl:2: body: expected a string (the document text)',
    ]);
  });

  it('keeps columns named like Object.prototype members (__proto__, constructor, toString)', () => {
    const content =
      'text,label,__proto__,constructor,toString\r\nGreat.,positive,a,b,c\r\nSlow.,,d,e,f\r\n';
    const bundle = readDoccano([file('r.csv', content)]);
    const metadata = bundle.documents[0]?.metadata ?? {};
    expect(Object.hasOwn(metadata, '__proto__')).toBe(true);
    expect(metadata).toMatchObject(JSON.parse('{"__proto__":"a","constructor":"b"}'));
    expect(written(bundle, 'r.csv')).toBe(content);
    // A row rewritten for a document without such a cell of its own writes it empty.
    const documents = bundle.documents.map((d, i) => {
      if (i !== 1) return d;
      const { ['__proto__']: _proto, constructor: _constructor, ...rest } = d.metadata ?? {};
      return { ...d, metadata: rest };
    });
    expect(written(relabelled({ ...bundle, documents }, 1, ['negative']), 'r.csv')).toBe(
      'text,label,__proto__,constructor,toString\r\nGreat.,positive,a,b,c\r\nSlow.,negative,,,f\r\n',
    );
  });

  it('does not take a --label-column named constructor for one the record holds', () => {
    const source = file('r.jsonl', jsonl({ text: 'Slow.', label: ['neg'] }));
    const bundle = readDoccano([source], { labelColumn: 'constructor' });
    expect(bundle.documents.map((d) => d.text)).toEqual(['Slow.']);
  });
});

describe('doccano CSV: rows of empty text', () => {
  it('are left out as doccano’s import leaves them out, said in a warning, and written back as they were', () => {
    // doccano's test expects exampleA (positive) and exampleB (no label) only.
    const source = load('import_test_text_classification_example.csv');
    const bundle = readDoccano([source]);
    expect(texts(bundle)).toEqual([
      ['exampleA', ['positive']],
      ['exampleB', []],
    ]);
    expect(bundle.warnings).toEqual([
      expect.stringMatching(
        /^import_test_text_classification_example\.csv: 2 rows with an empty "text" cell left out \(lines 4, 5\), as doccano's import/,
      ),
    ]);
    expect(written(bundle, source.path)).toBe(source.content);
    expect(written(relabelled(bundle, 1, ['neutral']), source.path)).toBe(
      'text,label\nexampleA,positive\nexampleB,neutral\n,negative\n,\n',
    );
  });

  it('out of order columns: the others kept, the empty row kept in its place', () => {
    const source = load('import_test_out_of_order_columns.csv');
    const bundle = readDoccano([source]);
    expect(texts(bundle)).toEqual([
      ['exampleA', ['positive']],
      ['exampleB', []],
    ]);
    expect(bundle.documents.map((d) => d.metadata?.foo)).toEqual(['foo1', 'foo2']);
    expect(written(relabelled(bundle, 1, ['negative']), source.path)).toBe(
      'label,foo,text\npositive,foo1,exampleA\nnegative,foo2,exampleB\nnegative,foo3,\n',
    );
  });

  it('a file whose every text is empty is an error, not an empty import', () => {
    const source = file('a.csv', 'text,label\n,positive\n"",negative\n');
    expect(messagesOf(() => readDoccano([source]))).toEqual([
      expect.stringMatching(/^a\.csv:2: every row's "text" cell is empty \(lines 2, 3\)/),
    ]);
  });
});
