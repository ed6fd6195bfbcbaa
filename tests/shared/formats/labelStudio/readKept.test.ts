import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { file } from '../build';
import { lineOf, pretty, region, relationResult, result, task, unfiled } from './build';

describe('readLabelStudio keeps what Loupe does not model', () => {
  it('reads every label of a relation, one without labels, and keeps a bidirectional one as such', () => {
    // Label Studio's relations carry any number of labels (Relations choice="multiple") or none
    // (label-studio examples/references, dataiku/kiji-proxy sample_predictions.json); only the
    // first was read, and a bidirectional relation was read as from → to.
    const results = [
      region('a', 0, 3, 'IBM', 'ORG'),
      region('b', 10, 16, 'Armonk', 'GPE'),
      { ...relationResult('a', 'b', 'Located_in'), labels: ['Located_in', 'Headquartered_in'] },
      { from_id: 'b', to_id: 'a', type: 'relation', direction: 'right' },
      { ...relationResult('a', 'b', 'Near'), direction: 'bi' },
    ];
    const doc = readLabelStudio([file('ls.json', pretty(task('IBM is in Armonk', results)))])
      .documents[0];
    expect(doc?.relations).toEqual([
      { type: 'Located_in', from: 'a', to: 'b' },
      { type: 'Headquartered_in', from: 'a', to: 'b' },
      { type: 'relation', from: 'b', to: 'a' },
      { type: 'Near', from: 'a', to: 'b', attributes: { direction: 'bi' } },
    ]);
  });

  it('keeps every value of a choices control, as name, name 2, …', () => {
    const results = [
      region('a', 0, 3, 'IBM', 'ORG'),
      result('a', 'choices', 'Role', { start: 0, end: 3, choices: ['Buyer', 'Seller'] }),
      result('t', 'choices', 'topic', { choices: ['Tech', 'Finance', 'Law'] }),
    ];
    const doc = readLabelStudio([file('ls.json', pretty(task('IBM sold', results)))]).documents[0];
    expect(doc?.spans[0]?.attributes).toEqual({ Role: 'Buyer', 'Role 2': 'Seller' });
    expect(doc?.documentLabels).toEqual({ topic: 'Tech', 'topic 2': 'Finance', 'topic 3': 'Law' });
    expect(unfiled(doc)?.metadata?.$labelstudio).toEqual({
      multiple: ['Role', 'topic'],
      choices: { topic: { id: 't' } },
      resultOrder: ['a label labels  ', 'a Role choices  ', 't topic choices  '],
    });
  });

  it("keeps the annotation's fields, the controls' names, region fields and results it does not read", () => {
    const ner = { ...region('r1', 0, 3, 'IBM', 'ORG'), from_name: 'ner', to_name: 'doc' };
    const whole = result('t1', 'textarea', 'summary', { text: ['A sale'] });
    const rating = result('g1', 'rating', 'quality', { rating: 4 });
    const annotation = {
      id: 9,
      completed_by: { id: 1, email: 'amira@example.org' },
      result: [
        { ...ner, origin: 'manual', meta: { text: ['checked'] } },
        {
          ...result('r1', 'textarea', 'comment', { start: 0, end: 3, text: ['a buyer'] }),
          to_name: 'doc',
        },
        whole,
        rating,
      ],
      lead_time: 10.7,
      ground_truth: false,
    };
    const content = pretty([{ id: 3, data: { text: 'IBM sold' }, annotations: [annotation] }]);
    const read = readLabelStudio([file('ls.json', content)]);
    const doc = read.documents[0];
    expect(doc?.spans).toEqual([
      { id: 'r1', label: 'ORG', fragments: [{ start: 0, end: 3 }], note: 'a buyer' },
    ]);
    expect(doc?.annotator).toBe('amira@example.org');
    expect(unfiled(doc)?.metadata).toEqual({
      id: 3,
      $labelstudio: {
        annotation: {
          id: 9,
          completed_by: { id: 1, email: 'amira@example.org' },
          lead_time: 10.7,
          ground_truth: false,
        },
        labels: { ORG: 'ner' },
        to: { ner: 'doc', comment: 'doc' },
        regions: { r1: { origin: 'manual', meta: { text: ['checked'] } } },
        note: 'comment',
        results: [whole, rating],
        resultOrder: [
          'r1 ner labels  ',
          'r1 comment textarea  ',
          't1 summary textarea  ',
          'g1 quality rating  ',
        ],
      },
    });
    expect(read.warnings).toEqual([
      `ls.json:${lineOf(content, '"t1"') - 1}: a textarea result not tied to a region is kept as it was and written back to Label Studio; Loupe does not show it`,
      `ls.json:${lineOf(content, '"g1"') - 1}: a rating result not tied to a region is kept as it was and written back to Label Studio; Loupe does not show it`,
    ]);
  });

  it('marks a prediction, with its model_version and score, to be written back as one', () => {
    const tasks = [
      {
        data: { text: 'IBM' },
        predictions: [
          { model_version: 'coref-v1', score: 0.95, result: [region('p', 0, 3, 'IBM', 'ORG')] },
        ],
      },
    ];
    const doc = readLabelStudio([file('ls.json', pretty(tasks))]).documents.find((d) => d.machine);
    expect(unfiled(doc)?.metadata).toEqual({
      $labelstudio: { annotation: { model_version: 'coref-v1', score: 0.95 }, prediction: true },
    });
  });

  it('reads a task whose predictions the export names by id alone, and writes the ids back', () => {
    // Label Studio 1.x's JSON export (SakibAhmedShuva/Label-Studio-JSON-Dataset-Toolkit
    // samples/1.json): "predictions": [1115] beside "total_predictions": 1, the annotation's
    // completed_by a user id. Before, the whole file was refused ("expected object, received number").
    const text = 'Licence\nJONES MARGARET';
    const given = [
      {
        id: 4551,
        annotations: [
          { id: 3970, completed_by: 1, result: [region('F', 8, 13, 'JONES', 'Last_Name')] },
        ],
        file_upload: 'f8df5b68-label_studio_data.json',
        drafts: [],
        predictions: [1115],
        data: { text },
        total_predictions: 1,
      },
    ];
    const content = pretty(given);
    const read = readLabelStudio([file('project-40.json', content)]);
    expect(read.documents.flatMap((d) => d.spans.map((s) => s.fragments))).toEqual([
      [{ start: 8, end: 13 }],
    ]);
    expect(writeLabelStudio(read).files[0]?.content).toBe(content);
    const edited = read.documents.map((d) => ({ ...d, spans: [] }));
    const back: unknown = JSON.parse(
      String(writeLabelStudio({ ...read, documents: edited }).files[0]?.content),
    );
    expect(back).toEqual([expect.objectContaining({ predictions: [1115] })]);
  });
});
