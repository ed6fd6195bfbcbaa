import { describe, expect, it } from 'vitest';
import {
  readLabelStudio,
  writeLabelStudio,
  writeLabelStudioMin,
} from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';
import { lineOf, pretty } from './build';

/** A JSON-MIN record as Label Studio's converter writes one: the data, `id`, the controls, the annotation's fields. */
function minRecord(id: number, text: string, controls: Record<string, unknown> = {}) {
  return {
    text,
    id,
    ...controls,
    annotator: 'amira@example.com',
    annotation_id: 100 + id,
    created_at: '2024-05-02T10:00:00.000000Z',
    updated_at: '2024-05-02T10:05:00.000000Z',
    lead_time: 4.5,
  };
}

/** The JSON-MIN file of `records`, as the converter writes it (indent 2, a final newline). */
function minFile(records: readonly object[]): string {
  return `${pretty(records)}\n`;
}

const read = (content: string, skipInvalid = false) =>
  readLabelStudio([file('result.json', content)], { skipInvalid });
const labelsOf = (bundle: FormatBundle) => bundle.documents.map((d) => d.documentLabels);
const minOf = (bundle: FormatBundle) => writeLabelStudioMin(bundle).files[0]?.content;

/** The bundle with each document's labels replaced by `labels` (undefined: left as read). */
function relabelled(
  bundle: FormatBundle,
  labels: (Record<string, string> | undefined)[],
): FormatBundle {
  const documents = bundle.documents.map((doc, i): FormatDocument => ({
    ...doc,
    documentLabels: labels[i] ?? doc.documentLabels,
  }));
  return { ...bundle, documents };
}

describe('a JSON-MIN field holding {"choices": [...]} in some record (a choices control)', () => {
  // Label Studio's converter (label-studio-sdk converter.py, prettify_result) writes several
  // choices as the value {"choices": [...]}, one choice as the plain name, none as no key.
  const converter = [
    minRecord(1, 'Rain stops the match.', { topic: { choices: ['sport', 'weather'] } }),
    minRecord(2, 'The striker scores.', { topic: 'sport' }),
    minRecord(3, 'Nothing to say.'),
  ];
  // Label Studio's own CSV writes one choice as an object too (the Sixteenth audit's file).
  const objects = [
    minRecord(1, 'Rain stops the match.', { topic: { choices: ['sport', 'weather'] } }),
    minRecord(2, 'The striker scores.', { topic: { choices: ['sport'] } }),
    minRecord(3, 'Nothing to say.'),
  ];

  it("reads every record's choices as document labels of the annotator's layer, a plain name as one choice", () => {
    const bundle = read(minFile(converter));
    expect(labelsOf(bundle)).toEqual([
      { topic: 'sport', 'topic 2': 'weather' },
      { topic: 'sport' },
      {},
    ]);
    expect(bundle.documents.map((d) => d.annotator)).toEqual(Array(3).fill('amira@example.com'));
    expect(bundle.documents.map((d) => d.metadata?.data)).toEqual(Array(3).fill(undefined));
  });

  it('goes back to Label Studio JSON as a choices result of the text, in the annotation', () => {
    const written = writeLabelStudio(read(minFile(converter))).files[0]?.content ?? '[]';
    const [first] = JSON.parse(written) as { annotations: { result: object[] }[] }[];
    expect(first?.annotations[0]?.result).toEqual([
      expect.objectContaining({
        from_name: 'topic',
        to_name: 'text',
        type: 'choices',
        value: { choices: ['sport', 'weather'] },
      }),
    ]);
  });

  it.each([
    ['as the converter writes them (one choice plain)', converter],
    ['as Label Studio writes them (one choice as an object)', objects],
  ])('goes back to JSON-MIN byte for byte, %s', (_, records) => {
    const content = minFile(records);
    expect(labelsOf(read(content))[1]).toEqual({ topic: 'sport' });
    expect(minOf(read(content))).toBe(content);
  });

  it("writes a label added or removed in Loupe in the file's way: several as an object, one as the file wrote one", () => {
    const edits: Record<string, string>[] = [
      { topic: 'sport' },
      { topic: 'sport', 'topic 2': 'crime' },
      { topic: 'calm' },
    ];
    const fromConverter = JSON.parse(
      minOf(relabelled(read(minFile(converter)), edits)) ?? '[]',
    ) as Record<string, unknown>[];
    expect(fromConverter.map((r) => r.topic)).toEqual([
      'sport',
      { choices: ['sport', 'crime'] },
      'calm',
    ]);
    // A control added to a record goes where the file writes its controls: after id.
    expect(Object.keys(fromConverter[2] ?? {})).toEqual(Object.keys(converter[0] ?? {}));
    const fromObjects = JSON.parse(
      minOf(relabelled(read(minFile(objects)), edits)) ?? '[]',
    ) as Record<string, unknown>[];
    expect(fromObjects.map((r) => r.topic)).toEqual([
      { choices: ['sport'] },
      { choices: ['sport', 'crime'] },
      { choices: ['calm'] },
    ]);
    const removed = JSON.parse(minOf(relabelled(read(minFile(objects)), [{}])) ?? '[]') as object[];
    expect(removed[0]).not.toHaveProperty('topic');
  });

  it('keeps a null there as the record had it: no choice, written back in its place', () => {
    const records = [...converter, minRecord(4, 'Quiet day.', { topic: null })];
    const content = minFile(records);
    const bundle = read(content);
    expect(labelsOf(bundle).slice(2)).toEqual([{}, {}]);
    expect(labelsOf(bundle)[0]).toEqual({ topic: 'sport', 'topic 2': 'weather' });
    expect(minOf(bundle)).toBe(content);
  });

  it('leaves a field that never holds {"choices": [...]} a data field, as before (a plain choice cannot be told from data)', () => {
    const records = [
      minRecord(1, 'Rain.', { mood: 'calm' }),
      minRecord(2, 'Sun.', { mood: 'glad' }),
    ];
    const content = minFile(records);
    const bundle = read(content);
    expect(labelsOf(bundle)).toEqual([{}, {}]);
    expect(bundle.documents.map((d) => d.metadata?.data)).toEqual([
      { mood: 'calm' },
      { mood: 'glad' },
    ]);
    expect(minOf(bundle)).toBe(content);
  });

  it.each([
    [{ choices: 5 }, 'its choices are 5, not a list'],
    [{ choices: [] }, 'its list of choices is empty'],
    [{ choices: ['war', 3] }, 'a choice is 3, not a name'],
    [{ choices: ['war'], start: 0 }, '{"choices":["war"],"start":0}, not a choice name'],
    [7, '7, not a choice name'],
  ])('refuses %j there by file and line, naming the field and what to do', (value, why) => {
    const content = minFile([...converter, minRecord(4, 'Odd.', { topic: value })]);
    const [error, ...rest] = errorsOf(() => read(content));
    expect(rest).toEqual([]);
    expect(error?.file).toBe('result.json');
    expect(error?.line).toBe(lineOf(content, '"Odd."') + 2);
    expect(error?.reason).toContain(`topic holds choices in other records`);
    expect(error?.reason).toContain(why);
    expect(error?.reason).toContain('--skip-invalid');
  });

  it('with --skip-invalid leaves that record out, listed, and reads the others', () => {
    const content = minFile([...converter, minRecord(4, 'Odd.', { topic: { choices: 5 } })]);
    const bundle = read(content, true);
    expect(bundle.documents.map((d) => d.text)).toEqual(converter.map((r) => r.text));
    expect(bundle.skipped?.map((e) => e.line)).toEqual([lineOf(content, '"Odd."') + 2]);
  });
});

/** Label Studio's CSV export of a choices project, as jiuyueyueyue/Project2_IoT_QA_System's data/labeled_data.csv is written (our own rows). */
const HEADER = 'annotation_id,annotator,created_at,id,lead_time,sentiment,source,text,updated_at';

/** A row of that export (or, split at tabs, of its TSV); the choice cell as Label Studio writes it: compact JSON, quotes doubled. */
function csvRow(id: number, text: string, cell: string, delimiter = ','): string {
  const time = '2026-06-22T09:53:52Z';
  const quoted = cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell;
  return [id, 1, time, id, 2.5, quoted, 'forum', text, time].join(delimiter);
}

const choicesCell = (...names: string[]) => JSON.stringify({ choices: names });

/** The choices a cell holds, counted from its text: the names of its JSON, a plain name as one. */
function choicesIn(cell: string): number {
  if (cell === '') return 0;
  const value: unknown = cell.startsWith('{') ? JSON.parse(cell) : cell;
  return typeof value === 'object' &&
    value !== null &&
    'choices' in value &&
    Array.isArray(value.choices)
    ? value.choices.length
    : 1;
}

describe('a CSV column holding {"choices": [...]} as JSON (a choices control)', () => {
  const cells: [string, string][] = [
    ['How do I set the heat', choicesCell('air conditioner', 'settings')],
    ['It smokes and clicks', choicesCell('air conditioner', 'fault', 'urgent')],
    ['Where is the manual', choicesCell('question')],
    ['The lamp is offline', 'offline'],
    ['Nothing', ''],
    ['Dim the lamp', choicesCell('lamp')],
  ];
  const rows = cells.map(([text, cell], i) => csvRow(i + 1, text, cell));
  const csv = [HEADER, ...rows, ''].join('\r\n');

  it.each([
    ['labeled_data.csv', csv],
    [
      'labeled_data.tsv',
      [
        HEADER.replaceAll(',', '\t'),
        ...cells.map(([text, cell], i) => csvRow(i + 1, text, cell, '\t')),
        '',
      ].join('\r\n'),
    ],
  ])('%s: reads each cell as document labels, as many as the cells hold', (name, content) => {
    const bundle = readLabelStudio([file(name, content)]);
    expect(labelsOf(bundle)).toEqual([
      { sentiment: 'air conditioner', 'sentiment 2': 'settings' },
      { sentiment: 'air conditioner', 'sentiment 2': 'fault', 'sentiment 3': 'urgent' },
      { sentiment: 'question' },
      { sentiment: 'offline' },
      {},
      { sentiment: 'lamp' },
    ]);
    const counted = cells.reduce((sum, [, cell]) => sum + choicesIn(cell), 0);
    expect(labelsOf(bundle).flatMap(Object.values)).toHaveLength(counted);
    expect(bundle.documents.map((d) => d.metadata?.data)).toEqual(
      Array(6).fill({ source: 'forum' }),
    );
  });

  it('goes to JSON-MIN with each cell as its JSON, one choice as an object as the column writes it, an empty cell as no key', () => {
    const records = JSON.parse(
      minOf(readLabelStudio([file('labeled_data.csv', csv)])) ?? '[]',
    ) as Record<string, unknown>[];
    expect(records.map((r) => r.sentiment)).toEqual([
      { choices: ['air conditioner', 'settings'] },
      { choices: ['air conditioner', 'fault', 'urgent'] },
      { choices: ['question'] },
      { choices: ['offline'] },
      undefined,
      { choices: ['lamp'] },
    ]);
  });

  it('refuses a cell there that opens JSON and is none, by file and line', () => {
    const broken = [HEADER, ...rows, csvRow(7, 'Half', '{"choices":["fault"'), ''].join('\r\n');
    const [error, ...rest] = errorsOf(() => readLabelStudio([file('labeled_data.csv', broken)]));
    expect(rest).toEqual([]);
    expect([error?.file, error?.line]).toEqual(['labeled_data.csv', 8]);
    expect(error?.reason).toContain('sentiment holds choices as JSON');
    expect(error?.reason).toContain('is not JSON');
  });
});
