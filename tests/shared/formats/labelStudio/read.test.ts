import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { file } from '../build';
import { lineOf, pretty, region, relationResult, result, task, unfiled } from './build';

describe('readLabelStudio', () => {
  it('reads labels regions in code points, checking value.text', () => {
    const text = '😀 Mike Pompeo visited Iraq';
    const doc = readLabelStudio([
      file(
        'ls.json',
        pretty([task(text, [region('r1', 2, 13, 'Mike Pompeo', 'PERSON')], { id: 4 })]),
      ),
    ]).documents[0];
    expect(unfiled(doc)).toEqual({
      name: '4',
      text,
      spans: [{ id: 'r1', label: 'PERSON', fragments: [{ start: 2, end: 13 }] }],
      relations: [],
      stances: [],
      entities: [],
      documentLabels: {},
      metadata: { id: 4 },
    });
  });

  it('reads relations, per-region notes and choices, document choices and several labels per region', () => {
    const text = 'IBM is in Armonk';
    const results = [
      region('a', 0, 3, 'IBM', 'ORG', 'COMPANY'),
      region('b', 10, 16, 'Armonk', 'GPE'),
      relationResult('b', 'a', 'Located_in', 'left'),
      result('a', 'textarea', 'note', { start: 0, end: 3, text: ['check'] }),
      result('b', 'choices', 'Confidence', { start: 10, end: 16, choices: ['High'] }),
      result('d1', 'choices', 'source type', { choices: ['newspaper'] }),
    ];
    const doc = readLabelStudio([file('ls.json', pretty(task(text, results)))]).documents[0];
    expect(doc?.spans).toEqual([
      { id: 'a', label: 'ORG', fragments: [{ start: 0, end: 3 }], note: 'check' },
      { id: 'a.2', label: 'COMPANY', fragments: [{ start: 0, end: 3 }] },
      {
        id: 'b',
        label: 'GPE',
        fragments: [{ start: 10, end: 16 }],
        attributes: { Confidence: 'High' },
      },
    ]);
    expect(doc?.relations).toEqual([{ type: 'Located_in', from: 'a', to: 'b' }]);
    expect(doc?.documentLabels).toEqual({ 'source type': 'newspaper' });
  });

  it('makes one document per annotation (0.x completions too) and per prediction (a machine layer), skipping cancelled ones', () => {
    const tasks = [
      {
        data: { text: 'IBM', name: 'n1' },
        annotations: [
          {
            completed_by: { email: 'amira@example.org' },
            result: [region('r', 0, 3, 'IBM', 'ORG')],
          },
          { completed_by: 7, result: [] },
          { was_cancelled: true, result: [] },
        ],
      },
      {
        data: { content: 'Lenovo' },
        completions: [{ result: [region('c', 0, 6, 'Lenovo', 'ORG')] }],
        predictions: [{ model_version: 'v2', result: [region('p', 0, 6, 'Lenovo', 'ORG')] }],
      },
    ];
    const result = readLabelStudio([file('ls.json', pretty(tasks))]);
    expect(
      result.documents.map((d) => [
        d.name,
        d.annotator,
        d.machine ?? false,
        d.text,
        d.spans.length,
      ]),
    ).toEqual([
      ['n1', 'amira@example.org', false, 'IBM', 1],
      ['n1', '7', false, 'IBM', 0],
      ['ls-2', undefined, false, 'Lenovo', 1],
      ['ls-2', 'v2', true, 'Lenovo', 1],
    ]);
    const content = pretty(tasks);
    expect(result.warnings).toEqual([
      `ls.json:${lineOf(content, '"was_cancelled"') - 1}: a cancelled annotation is not shown; it is kept and written back to Label Studio as it was`,
    ]);
  });
});

describe('readLabelStudio regions without ids', () => {
  // Label Studio imports pre-annotations whose results have no id (its import guide; the shape
  // below is a user's, from label-studio issue #5654, with labels results) and makes ids up.
  const text = 'Apple hired Tim Cook in Cupertino';
  const unnamed = (start: number, end: number, label: string) => {
    const { id: _id, ...rest } = region('', start, end, text.slice(start, end), label);
    return { ...rest, readonly: false, hidden: false };
  };
  const tasks = [
    {
      data: { text },
      predictions: [
        {
          model_version: 'gpt-4',
          score: null,
          result: [unnamed(0, 5, 'ORG'), region('r2', 12, 20, 'Tim Cook', 'PER')],
        },
      ],
      annotations: [{ result: [unnamed(0, 5, 'ORG'), unnamed(24, 33, 'LOC')] }],
    },
  ];

  it('gives each an id from its place, not one the file uses, and reads it', () => {
    const { documents } = readLabelStudio([file('tasks.json', pretty(tasks))]);
    expect(documents.map((d) => [d.annotator, d.spans])).toEqual([
      [
        undefined,
        [
          { id: 'r1', label: 'ORG', fragments: [{ start: 0, end: 5 }] },
          { id: 'r2', label: 'LOC', fragments: [{ start: 24, end: 33 }] },
        ],
      ],
      [
        'gpt-4',
        [
          { id: 'r1', label: 'ORG', fragments: [{ start: 0, end: 5 }] },
          { id: 'r2', label: 'PER', fragments: [{ start: 12, end: 20 }] },
        ],
      ],
    ]);
  });

  it('writes them back with those ids, read again the same', () => {
    const once = readLabelStudio([file('tasks.json', pretty(tasks))]);
    // The person's layer goes back, with the task's predictions kept in it as they were.
    const person = once.documents.filter((d) => !d.machine);
    const again = readLabelStudio(writeLabelStudio({ ...once, documents: person }).files);
    expect(again.documents.map((d) => d.spans)).toEqual(once.documents.map((d) => d.spans));
  });
});

describe('readLabelStudio several annotations in one layer', () => {
  it('says when two annotations of a task name no annotator, or the same one, as they go to one layer', () => {
    // Hand-made imports and ML back ends write annotations without completed_by and
    // predictions without model_version: two of them were merged into one layer without a word.
    const tasks = [
      {
        data: { text: 'IBM' },
        annotations: [{ result: [region('a', 0, 3, 'IBM', 'ORG')] }, { result: [] }],
        predictions: [{ result: [] }, { result: [] }],
      },
    ];
    const content = pretty(tasks);
    const read = readLabelStudio([file('ls.json', content)]);
    expect(read.documents).toHaveLength(4);
    expect(read.warnings).toEqual([
      `ls.json:${lineOf(content, '"result": []') - 1}: this task has several annotations of no completed_by: they go to one layer, their spans and relations merged and the last one's choices and kept fields kept`,
      expect.stringMatching(
        /^ls\.json:\d+: this task has several predictions of no model_version: they go to one layer/,
      ),
    ]);
  });
});

describe('readLabelStudio predictions beside annotations that share a layer', () => {
  it("keeps the task's predictions with its last annotation, whose layer goes back, so they are written back", () => {
    // Label Studio's label_studio/tests/data_manager/tasks_annotations_predictions.json, task
    // "x2": two annotations of no completed_by and a prediction; the prediction, kept with the
    // first annotation, was lost when the second took the layer.
    const choice = (c: string) => ({
      from_name: 'text_class',
      to_name: 'text',
      type: 'choices',
      value: { choices: [c] },
    });
    const prediction = { result: [choice('class_A')], model_version: 'model_version_A' };
    const tasks = [
      {
        data: { int_field: 20, text: 'x2' },
        predictions: [prediction],
        annotations: [
          { result: [choice('class_A')], lead_time: 3 },
          { result: [choice('class_A')], lead_time: 5 },
        ],
      },
    ];
    const read = readLabelStudio([file('tasks.json', pretty(tasks))]);
    const people = read.documents.filter((d) => !d.machine);
    const last = people.at(-1);
    if (!last) throw new Error('two annotations expected');
    const machine = read.documents.filter((d) => d.machine);
    const written = JSON.parse(
      writeLabelStudio({ ...read, documents: [last, ...machine] }).files[0]?.content ?? '[]',
    ) as { predictions?: unknown[] }[];
    expect(written[0]?.predictions).toEqual([prediction]);
  });
});

describe('readLabelStudio value.text', () => {
  it('keeps the offsets when value.text differs from the document only in whitespace, with a warning', () => {
    // jbogensperger/drug_review export/2021-02-23-10-36-59-JSON.zip (Label Studio 0.x): 5 of
    // 2,829 regions carry a value.text with a space the task's text does not have, at right
    // offsets ("Skywalker . OG" over "Skywalker. OG"); the whole export was refused.
    const text = 'Skywalker. OG is a potent hybrid';
    const content = pretty([task(text, [region('r1', 0, 13, 'Skywalker . OG', 'Drug')])]);
    const result = readLabelStudio([file('result.json', content)]);
    expect(result.documents[0]?.spans).toEqual([
      { id: 'r1', label: 'Drug', fragments: [{ start: 0, end: 13 }] },
    ]);
    expect(result.warnings).toEqual([
      `result.json:${lineOf(content, '"value"')}: value.text "Skywalker . OG" differs from the document's "Skywalker. OG" at 0-13 only in whitespace; the offsets are kept`,
    ]);
  });
});

describe('readLabelStudio value.text with a space at an end', () => {
  it('keeps the offsets, as Label Studio draws the region, rather than widen the span by the space', () => {
    // javierosorio/LEOKA_ML 3_annotations/annotations/LEOKA_team_1.json: 110 of 32,075 regions
    // carry a value.text with a space after (or before) the words their offsets cover
    // ("12:20 p.m. " over "12:20 p.m."); the span took the space too.
    const text = 'At about 12:20 p.m. on a Friday';
    const content = pretty([task(text, [region('r1', 9, 19, '12:20 p.m. ', 'Time')])]);
    const result = readLabelStudio([file('LEOKA_team_1.json', content)]);
    expect(result.documents[0]?.spans).toEqual([
      { id: 'r1', label: 'Time', fragments: [{ start: 9, end: 19 }] },
    ]);
    expect(result.warnings).toEqual([
      `LEOKA_team_1.json:${lineOf(content, '"value"')}: value.text "12:20 p.m. " differs from the document's "12:20 p.m." at 9-19 only in whitespace at its ends; the offsets are kept`,
    ]);
  });

  it('leaves out a space the offsets take at an end, whichever end value.text has one at', () => {
    // The same file: " December 26" at 119-131, value.text " December 26 ".
    const text = 'a deputy sheriff on December 26 at noon';
    const content = pretty([
      task(text, [
        region('r1', 1, 16, 'deputy sheriff', 'Person'),
        region('r2', 19, 31, ' December 26 ', 'Date'),
      ]),
    ]);
    const result = readLabelStudio([file('LEOKA_team_1.json', content)]);
    expect(result.documents[0]?.spans.map((s) => s.fragments)).toEqual([
      [{ start: 2, end: 16 }],
      [{ start: 20, end: 31 }],
    ]);
  });
});

describe('readLabelStudio drafts', () => {
  // Label Studio keeps work saved but not submitted as a task's drafts, each with its result
  // (label-studio-sdk types/lse_task_drafts_item.py); they are not annotations.
  it('says a draft holding results is not imported, and writes it back as it was', () => {
    const draft = { id: 5, user: 'amira@example.org', result: [region('d', 0, 3, 'IBM', 'ORG')] };
    const tasks = [task('IBM hired Ana.', [], { id: 1, annotations: [], drafts: [draft] })];
    const content = pretty(tasks);
    const read = readLabelStudio([file('ls.json', content)]);
    expect(read.documents.map((d) => d.spans.length)).toEqual([0]);
    expect(read.warnings).toEqual([
      `ls.json:${lineOf(content, '"drafts"') + 1}: a draft (saved, not submitted) of 1 result is not imported; it is kept and written back to Label Studio as it was: submit it in Label Studio and export again to import it`,
    ]);
    const written = JSON.parse(writeLabelStudio(read).files[0]?.content ?? '[]') as {
      drafts?: unknown;
    }[];
    expect(written.map((t) => t.drafts)).toEqual([[draft]]);
  });
});
