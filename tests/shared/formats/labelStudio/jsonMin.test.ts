import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../../src/shared/formats/common';
import {
  detectFormat,
  readLabelStudio,
  writeLabelStudio,
  writeLabelStudioMin,
} from '../../../../src/shared/formats';
import { errorsOf } from '../build';
import { region } from './build';
import { fragmentOf } from '../../../../src/shared/spans';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'labelstudio-min');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('Label Studio JSON-MIN', () => {
  it.each([
    ['named_entity_min.json', [[343, 354, 'Date']]],
    [
      'ner_text_min.json',
      [
        [175, 180, 'Person'],
        [1, 40, 'Words'],
      ],
    ],
  ])('%s: every region read as a span', (name, spans) => {
    const bundle = readLabelStudio([{ path: name, content: read(name) }]);
    expect(
      bundle.documents.flatMap((d) =>
        d.spans.map((s) => [s.fragments[0]?.start, s.fragments[0]?.end, s.label]),
      ),
    ).toEqual(spans);
  });

  it.each([
    ['named_entity.csv', 'named_entity_min.json'],
    ['ner_text.csv', 'ner_text_min.json'],
  ])('%s (CSV) reads as its JSON-MIN', (csv, json) => {
    const fromCsv = readLabelStudio([{ path: csv, content: read(csv) }]);
    const fromJson = readLabelStudio([{ path: json, content: read(json) }]);
    expect(fromCsv.documents.map((d) => [d.text, d.spans])).toEqual(
      fromJson.documents.map((d) => [d.text, d.spans]),
    );
    expect(fromCsv.documents.flatMap((d) => d.spans)).not.toHaveLength(0);
  });

  it.each(['named_entity_min.json', 'ner_text_min.json'])(
    '%s goes back as the same JSON',
    (name) => {
      const bundle = readLabelStudio([{ path: name, content: read(name) }]);
      const written = writeLabelStudioMin(bundle).files[0]?.content ?? '';
      expect(JSON.parse(written)).toEqual(JSON.parse(read(name)));
    },
  );

  it('names the labels control label when the source named none, and counts relations as not written', () => {
    const text = 'Amira met IBM.';
    const result = writeLabelStudioMin(
      bundleOf(
        [
          {
            name: 'a',
            text,
            spans: [
              { id: 's1', label: 'PER', fragments: [fragmentOf(0, 5)] },
              { id: 's2', label: 'ORG', fragments: [fragmentOf(10, 13)] },
            ],
            relations: [
              { from: 's1', to: 's2', type: 'works_at', note: 'since 2020' },
              { from: 's1', to: 'gone', type: 'knows' },
            ],
            stances: [],
            entities: [],
            documentLabels: {},
          },
        ],
        [],
      ),
    );
    expect(JSON.parse(result.files[0]?.content ?? '')).toEqual([
      {
        text,
        name: 'a',
        id: 1,
        label: [
          { start: 0, end: 5, text: 'Amira', labels: ['PER'] },
          { start: 10, end: 13, text: 'IBM', labels: ['ORG'] },
        ],
        annotator: null,
        annotation_id: null,
        created_at: null,
        updated_at: null,
        lead_time: null,
      },
    ]);
    // Each relation once: neither its note nor its missing end counted again.
    expect(result.summary.notExpressed).toEqual({ 'relation (JSON-MIN holds none)': 2 });
  });
});

describe('Label Studio JSON-MIN of tasks no one annotated', () => {
  // unannotated_min.json is what convert_to_json_min writes for tasks with `annotations: []`:
  // the data, the id, and annotator, annotation_id, created_at, updated_at, lead_time as null.
  it('is placed and read as JSON-MIN: every task a document, with no spans', () => {
    const content = read('unannotated_min.json');
    expect(detectFormat([{ path: 'result.json', content }])).toBe('labelstudio');
    const bundle = readLabelStudio([{ path: 'result.json', content }]);
    const texts = (JSON.parse(content) as { text: string }[]).map((r) => r.text);
    expect(bundle.documents.map((d) => [d.text, d.spans.length])).toEqual(texts.map((t) => [t, 0]));
    const tsv = readLabelStudio([{ path: 'result.tsv', content: read('unannotated.tsv') }]);
    expect(tsv.documents.map((d) => d.text)).toEqual(texts);
  });

  it('refuses, by line, regions it cannot read rather than reading them as data', () => {
    const record = {
      dialogue: 'Hello.',
      id: 7,
      chat: [{ start: '0', end: '0', startOffset: 0, endOffset: 6, paragraphlabels: ['Greeting'] }],
      annotator: 1,
      annotation_id: 3,
      created_at: null,
      updated_at: null,
      lead_time: null,
    };
    const content = JSON.stringify([record], null, 2);
    const [error, ...rest] = errorsOf(() => readLabelStudio([{ path: 'min.json', content }]));
    expect(rest).toEqual([]);
    expect(error?.line).toBe(content.split('\n').findIndex((l) => l.includes('"chat"')) + 1);
    expect(error?.reason).toContain('chat holds regions without character offsets');
  });
});

describe('JSON-MIN of a task with predictions and no annotation', () => {
  // Label Studio's converter reads a task's annotations alone: one with none gives its data
  // and null annotation fields (label-studio-sdk converter.py, annotation_result_from_task).
  it('writes the data and null annotation fields, not the predictions', () => {
    const task = {
      id: 4,
      data: { text: 'IBM hired Ana.' },
      annotations: [],
      predictions: [{ model_version: 'ner-v2', result: [region('p1', 0, 3, 'IBM', 'ORG')] }],
    };
    const bundle = readLabelStudio([{ path: 't.json', content: JSON.stringify([task]) }]);
    const human = bundle.documents.filter((d) => !d.machine);
    const written = writeLabelStudioMin({ ...bundle, documents: human }).files[0]?.content;
    expect(JSON.parse(written ?? '[]')).toEqual([
      {
        text: 'IBM hired Ana.',
        id: 4,
        annotator: null,
        annotation_id: null,
        created_at: null,
        updated_at: null,
        lead_time: null,
      },
    ]);
  });
});

describe('a task whose only annotations were cancelled', () => {
  // Label Studio's converter drops cancelled (skipped) annotations and, when none is left,
  // yields nothing for the task: convert_to_json_min writes no record for it, while a task of
  // no annotation at all gets one of null fields (label-studio-sdk
  // src/label_studio_sdk/converter/converter.py, annotation_result_from_task).
  const cancelled = { id: 8, completed_by: 2, was_cancelled: true, result: [] };
  const tasks = [
    { id: 5, data: { text: 'IBM hired Ana.' }, annotations: [cancelled] },
    { id: 6, data: { text: 'Nobody came.' }, annotations: [] },
  ];
  const bundle = readLabelStudio([{ path: 't.json', content: JSON.stringify(tasks) }]);

  it('is left out of JSON-MIN, as the converter leaves it out', () => {
    const written = writeLabelStudioMin(bundle).files[0]?.content;
    expect(JSON.parse(written ?? '[]')).toEqual([
      {
        text: 'Nobody came.',
        id: 6,
        annotator: null,
        annotation_id: null,
        created_at: null,
        updated_at: null,
        lead_time: null,
      },
    ]);
  });

  it('goes back to Label Studio JSON with its cancelled annotation as it was', () => {
    const written = writeLabelStudio(bundle).files[0]?.content;
    const [first] = JSON.parse(written ?? '[]') as { annotations: unknown[] }[];
    expect(first?.annotations).toEqual([cancelled]);
  });
});
