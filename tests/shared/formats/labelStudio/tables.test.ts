import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { TABLE_CELL_READ } from '../../../../src/shared/formats/labelStudio/write';
import { errorsOf, file } from '../build';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'labelstudio-min');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const fixture = (name: string) => file(name, read(name));
const spansOf = (name: string) =>
  readLabelStudio([fixture(name)]).documents.map((d) => ({
    text: d.text,
    spans: d.spans.map((s) => [s.fragments[0]?.start, s.fragments[0]?.end, s.label]),
  }));

/** The header of Label Studio's table exports for a `label` control over `text` (sorted names). */
const HEADER = [
  'annotation_id',
  'annotator',
  'created_at',
  'id',
  'lead_time',
  'label',
  'text',
  'updated_at',
];

describe("Label Studio's TSV export", () => {
  // Written as the converter's exports/csv2.py writes TSV: Python's csv module with a tab,
  // every cell not a number in quotes, a quote inside one doubled.
  it.each([
    ['named_entity.tsv', 'named_entity_min.json'],
    ['ner_text.tsv', 'ner_text_min.json'],
  ])('%s is placed and reads as its JSON-MIN, every region a span', (tsv, json) => {
    expect(detectFormat([fixture(tsv)])).toBe('labelstudio');
    expect(spansOf(tsv)).toEqual(spansOf(json));
    expect(spansOf(tsv).flatMap((d) => d.spans)).not.toHaveLength(0);
  });

  it('reads a tab-separated export named .csv, as the converter writes one under the name given', () => {
    // HumanSignal/label-studio-converter tests/data/test_export_csv/csv_test2_result.csv is
    // exports/csv2.py's TSV (sep='\t', every header name quoted) saved as .csv.
    const tsv = read('named_entity.tsv');
    expect(detectFormat([file('result.csv', tsv)])).toBe('labelstudio');
    const asCsv = readLabelStudio([file('result.csv', tsv)]).documents;
    const asTsv = readLabelStudio([file('result.tsv', tsv)]).documents;
    expect(asCsv.map((d) => [d.text, d.spans.length])).toEqual(
      asTsv.map((d) => [d.text, d.spans.length]),
    );
    expect(asCsv.flatMap((d) => d.spans)).not.toHaveLength(0);
  });

  it('names the line a bad row starts on, past a cell of several lines', () => {
    const tsv = [
      HEADER.map((n) => `"${n}"`).join('\t'),
      '1\t""\t""\t1\t""\t""\t"Two',
      'lines"\t""',
      '2\t""\t""\t2\t""\t"[{""start"": 0, ""end"": 3, ""text"": ""IBM"", ""labels"": [""ORG""]}]"\t"Apple"\t""',
      '',
    ].join('\r\n');
    const [error] = errorsOf(() => readLabelStudio([file('result.tsv', tsv)]));
    expect([error?.file, error?.line]).toEqual(['result.tsv', 4]);
    expect(error?.reason).toContain('IBM');
  });

  it('tells a stance table from a Label Studio export whose data names Target, Tweet and Stance', () => {
    const stance = 'ID\tTarget\tTweet\tStance\n1\tAtheism\tGod is good.\tAGAINST\n';
    expect(detectFormat([file('stance.tsv', stance)])).toBe('stance-tsv');
    expect(detectFormat([file('stance.csv', stance.replaceAll('\t', ','))])).toBe('stance-tsv');
    const names = [...HEADER.filter((n) => n !== 'text'), 'Stance', 'Target', 'Tweet'];
    const row = '1\t""\t""\t1\t""\t""\t""\t"AGAINST"\t"Atheism"\t"God is good."';
    const export_ = `${names.map((n) => `"${n}"`).join('\t')}\n${row}\n`;
    expect(detectFormat([file('result.tsv', export_)])).toBe('labelstudio');
    expect(detectFormat([file('result.csv', export_.replaceAll('\t', ','))])).toBe('labelstudio');
  });
});

describe('numbers in the data of a Label Studio CSV export', () => {
  // numbers.csv is written by the converter's rules from numbers_tasks.json: a number unquoted.
  // Label Studio's CSV import (pandas' read_csv) reads a column of numbers as numbers.
  it('reads a data column of numbers as numbers, written back to Label Studio JSON as the data it came from', () => {
    const written = writeLabelStudio(readLabelStudio([fixture('numbers.csv')])).files[0]?.content;
    // Loupe adds the document's name; the rest is the tasks' data, a row without regions
    // holding no empty `label` field.
    const dataOf = (list: unknown): Record<string, unknown>[] =>
      Array.isArray(list)
        ? list.map((t: { data: Record<string, unknown> }) => ({ ...t.data, name: '' }))
        : [];
    const data = dataOf(JSON.parse(written ?? '[]'));
    expect(data).toEqual(dataOf(JSON.parse(read('numbers_tasks.json'))));
    expect(data.map((d) => d.count)).toEqual([3, 12]);
  });

  it('keeps as text a column holding a cell whose text a number would change (007)', () => {
    const written = writeLabelStudio(readLabelStudio([fixture('numbers.csv')])).files[0]?.content;
    expect(written).toContain('"code": "007"');
    expect(written).toContain('"code": "12"');
  });
});

describe('booleans and missing cells in the data of a Label Studio CSV export', () => {
  // flags.csv is written by the converter's rules from flags_tasks.json: a boolean unquoted as
  // Python writes it. Label Studio's CSV import (pd.read_csv(...).fillna(''), its
  // data_import/models.py) reads that file's reviewed as True, False and urgent as True, "";
  // NA and None are missing to it, so score is still a column of numbers.
  const written = writeLabelStudio(readLabelStudio([fixture('flags.csv')])).files[0]?.content;
  const data = (JSON.parse(written ?? '[]') as { data: Record<string, unknown> }[]).map(
    (t) => t.data,
  );

  it('reads a column of True and False as booleans, an empty cell in it as ""', () => {
    expect(data.map((d) => [d.reviewed, d.urgent])).toEqual([
      [true, true],
      [false, ''],
    ]);
  });

  it('writes the data as Label Studio holds it once it imports the CSV: NA and None as ""', () => {
    // The tasks the file was written from held "NA" and "None"; Label Studio's CSV import of
    // the file reads them as "" (fillna('')), and so does Loupe's export to its JSON.
    const source = JSON.parse(read('flags_tasks.json')) as { data: Record<string, unknown> }[];
    const asImported = source.map((t) => ({
      ...t.data,
      ...(t.data.score === 'NA' ? { score: '' } : {}),
      source: '',
    }));
    expect(data.map(({ name: _name, ...rest }) => rest)).toEqual(asImported);
    expect(data.map((d) => d.score)).toEqual([0.5, '']);
  });

  // What pandas 3.0.6 makes of such a table, read_csv then fillna('') as Label Studio's import
  // does: flag [True, False], note ['true', 'maybe'] (text: one cell is not a boolean word).
  const header = HEADER.filter((n) => n !== 'label').concat('flag', 'note');
  const row = (id: number, flag: string, note: string) =>
    [`${id}`, '""', '""', `${id}`, '""', '"Ana"', '""', flag, note].join(',');
  const table = (...rows: string[]) =>
    [header.map((n) => `"${n}"`).join(','), ...rows, ''].join('\n');
  const dataRead = (csv: string) =>
    readLabelStudio([file('result.csv', csv)]).documents.map((d) => d.metadata?.data);
  const dataWritten = (csv: string) =>
    (
      JSON.parse(
        writeLabelStudio(readLabelStudio([file('result.csv', csv)])).files[0]?.content ?? '[]',
      ) as { data: Record<string, unknown> }[]
    ).map(({ data: { name: _name, text: _text, ...rest } }) => rest);
  const notesOf = (csv: string) =>
    writeLabelStudio(readLabelStudio([file('result.csv', csv)])).summary.notes;

  it("reads read_csv's other true and false words as booleans, written to Label Studio JSON as booleans", () => {
    const csv = table(row(1, 'TRUE', 'true'), row(2, 'false', 'maybe'));
    const asRead = [
      { flag: true, note: 'true' },
      { flag: false, note: 'maybe' },
    ];
    expect(dataRead(csv)).toEqual(asRead);
    expect(dataWritten(csv)).toEqual(asRead);
    expect(notesOf(csv)).toEqual({ [TABLE_CELL_READ]: 2 });
  });

  // pandas' default na_values (pandas._libs.parsers.STR_NA_VALUES, pandas 3.0.6), each read
  // by read_csv(...).fillna('') as "", quoted or not, in a column of text as in one of numbers.
  const NA_WORDS = [
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
  ];

  it.each(NA_WORDS)(
    'reads %s as "" as Label Studio does, and writes it to Label Studio JSON so',
    (word) => {
      const csv = table(row(1, '3', `"${word}"`), row(2, word, '"x"'));
      const asRead = [
        { flag: 3, note: '' },
        { flag: '', note: 'x' },
      ];
      expect(dataRead(csv)).toEqual(asRead);
      expect(dataWritten(csv)).toEqual(asRead);
      expect(notesOf(csv)).toEqual({ [TABLE_CELL_READ]: 2 });
    },
  );

  it('reads a word pandas does not count as missing (none, NONE, nil, -) as its text', () => {
    const csv = table(row(1, '"none"', '"NONE"'), row(2, '"nil"', '"-"'));
    expect(dataRead(csv)).toEqual([
      { flag: 'none', note: 'NONE' },
      { flag: 'nil', note: '-' },
    ]);
  });
});
