import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { bundleArb } from '../arbitraries';
import { span } from '../build';
import { canonical } from '../canonical';

describe('Label Studio round trip', () => {
  it('brings back offsets, labels, notes, text attributes, relations and document labels of any text', () => {
    const keeps = {
      name: true,
      attributes: true,
      notes: true,
      relations: true,
      documentLabels: true,
    };
    fc.assert(
      fc.property(
        bundleArb({ attributes: 'text', notes: true, relations: true, documentLabels: true }),
        (bundle) => {
          const back = readLabelStudio(writeLabelStudio(bundle).files);
          expect(canonical(back, keeps)).toEqual(canonical(bundle, keeps));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('brings back the task id, meta and other data fields it came with', () => {
    const task = {
      id: 41,
      meta: { batch: 3 },
      data: { text: 'IBM hired Ana.', headline: 'Hiring', name: 'story-41' },
      annotations: [
        {
          result: [
            {
              id: 'a',
              from_name: 'label',
              to_name: 'text',
              type: 'labels',
              value: { start: 0, end: 3, text: 'IBM', labels: ['ORG'] },
            },
          ],
        },
      ],
    };
    const once = readLabelStudio([{ path: 'a.json', content: JSON.stringify([task]) }]);
    const written = writeLabelStudio(once);
    const [back] = JSON.parse(written.files[0]?.content ?? '[]') as Record<string, unknown>[];
    expect(back).toMatchObject({ id: 41, meta: { batch: 3 }, data: task.data });
    expect(readLabelStudio(written.files).documents).toEqual(once.documents);
  });

  it('writes a note of several lines back as the list of lines it was, and a bare string as a string', () => {
    const labels = (id: string, start: number, end: number, text: string) => ({
      id,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start, end, text, labels: ['ORG'] },
    });
    const note = (id: string, start: number, end: number, text: string | string[]) => ({
      id,
      from_name: 'note',
      to_name: 'text',
      type: 'textarea',
      value: { start, end, text },
    });
    const task = {
      id: 1,
      data: { text: 'IBM and HP.' },
      annotations: [
        {
          result: [
            labels('a', 0, 3, 'IBM'),
            labels('b', 8, 10, 'HP'),
            note('a', 0, 3, ['first line', 'second line']),
            note('b', 8, 10, 'bare'),
          ],
        },
      ],
    };
    const once = readLabelStudio([{ path: 'a.json', content: JSON.stringify([task]) }]);
    expect(once.documents[0]?.spans.map((s) => s.note)).toEqual([
      'first line\nsecond line',
      'bare',
    ]);
    const textOf = (doc: NonNullable<(typeof once.documents)[0]>) => {
      const [back] = JSON.parse(
        writeLabelStudio({ ...once, documents: [doc] }).files[0]?.content ?? '[]',
      ) as { annotations: { result: { type: string; value: { text?: unknown } }[] }[] }[];
      return back?.annotations[0]?.result
        .filter((r) => r.type === 'textarea')
        .map((r) => r.value.text);
    };
    const [doc] = once.documents;
    if (!doc) throw new Error('no document');
    expect(textOf(doc)).toEqual([['first line', 'second line'], 'bare']);
    // A note changed in Loupe is written as one line.
    const edited = { ...doc, spans: doc.spans.map((s) => ({ ...s, note: 'new' })) };
    expect(textOf(edited)).toEqual([['new'], ['new']]);
  });

  it('puts the text back in the data field it came from (a labeling config reading $description)', () => {
    // The layout of jbogensperger/drug_review's Label Studio 0.x export: the text under
    // data.description beside other strings. It was exported under data.text only, which a
    // project whose config reads $description shows as an empty task, then under both.
    const task = {
      id: 7,
      data: {
        category: 'DRUG',
        description: 'one box of Lorazepam 5 mg',
        vendor: 'jasonjohnson',
        name: 'Lorazepam 5 mg',
      },
      completions: [
        {
          result: [
            {
              id: 'r1',
              from_name: 'label',
              to_name: 'text',
              type: 'labels',
              value: { start: 11, end: 20, text: 'Lorazepam', labels: ['Drug'] },
            },
          ],
        },
      ],
    };
    const once = readLabelStudio([{ path: 'a.json', content: JSON.stringify([task]) }]);
    const written = writeLabelStudio(once);
    const [back] = JSON.parse(written.files[0]?.content ?? '[]') as Record<string, unknown>[];
    expect(back?.data).toEqual(task.data);
    const again = readLabelStudio(written.files);
    expect(again.documents).toEqual(once.documents);
    const [twice] = JSON.parse(writeLabelStudio(again).files[0]?.content ?? '[]') as Record<
      string,
      unknown
    >[];
    expect(twice?.data).toEqual(back?.data);
  });

  it('keeps a data field that repeats the text, beside data.text', () => {
    const task = {
      data: { text: 'IBM hired Ana.', title: 'IBM hired Ana.', name: 'story' },
      annotations: [{ result: [] }],
    };
    const once = readLabelStudio([{ path: 'a.json', content: JSON.stringify([task]) }]);
    const [back] = JSON.parse(writeLabelStudio(once).files[0]?.content ?? '[]') as Record<
      string,
      unknown
    >[];
    expect(back?.data).toEqual(task.data);
  });

  it('writes back, as it was, what only Label Studio reads: names, fields, other results, relations and choices', () => {
    // The shapes of Label Studio 1.x exports: a full export's annotation fields
    // (label-studio-sdk tests/custom/converter/data/test_export_csv/csv_test_history.json),
    // controls named other than label/text (label-studio examples/named_entity: "ner"), a
    // relation with two labels and one without (label-studio-frontend tests/functional/data/
    // relations/basic.ts), a whole-task textarea (examples/chatbot_analysis) and a multiple
    // choice. Each used to come back as label/text, one label, no fields and no textarea.
    const annotation = {
      id: 18047,
      completed_by: { id: 14, email: 'sergei@heartex.test', first_name: '', last_name: '' },
      result: [
        {
          id: 'r1',
          from_name: 'ner',
          to_name: 'txt-1',
          type: 'labels',
          value: { start: 0, end: 3, text: 'IBM', labels: ['ORG'] },
          origin: 'manual',
        },
        {
          id: 'r2',
          from_name: 'ner',
          to_name: 'txt-1',
          type: 'labels',
          value: { start: 10, end: 16, text: 'Armonk', labels: ['GPE'] },
          origin: 'manual',
        },
        {
          from_id: 'r1',
          to_id: 'r2',
          type: 'relation',
          direction: 'right',
          labels: ['Located_in', 'Headquartered_in'],
        },
        { from_id: 'r2', to_id: 'r1', type: 'relation', direction: 'bi', labels: [] },
        {
          id: 'c1',
          from_name: 'topic',
          to_name: 'txt-1',
          type: 'choices',
          value: { choices: ['Tech', 'Business'] },
        },
        {
          id: 'a1',
          from_name: 'answer',
          to_name: 'answer',
          type: 'textarea',
          value: { text: '5/5' },
        },
      ],
      was_cancelled: false,
      ground_truth: false,
      created_at: '2024-05-15T12:09:16.789536Z',
      lead_time: 1.849,
    };
    const task = { id: 6141, data: { text: 'IBM is in Armonk' }, annotations: [annotation] };
    const once = readLabelStudio([{ path: 'a.json', content: JSON.stringify([task]) }]);
    const [back] = JSON.parse(writeLabelStudio(once).files[0]?.content ?? '[]') as {
      annotations: { result: { id?: string }[] }[];
    }[];
    const written = back?.annotations[0];
    // Loupe names a document choice's result itself; Label Studio reads any id.
    const ids = (r: { id?: string }) =>
      r.id === 'c1' || r.id === 'document-label' ? { ...r, id: 'c' } : r;
    expect({ ...written, result: written?.result.map(ids) }).toEqual({
      ...annotation,
      result: annotation.result.map(ids).sort((a, b) => order(a) - order(b)),
    });
    expect(readLabelStudio(writeLabelStudio(once).files).documents).toEqual(once.documents);
  });
});

/** The order Loupe writes results in: regions, relations, document choices, then kept results. */
function order(r: { id?: string; type?: string }): number {
  return ['labels', 'relation', 'choices'].indexOf(r.type ?? '') + 1 || 4;
}

describe('Label Studio tasks no one annotated', () => {
  // Label Studio counts an annotation, even of no result, as work done: a task exported
  // before anyone labelled it has `annotations: []`, and must go back so.
  const tasks = [
    { id: 1, data: { text: 'IBM hired Ana.' }, annotations: [], predictions: [] },
    { id: 2, data: { text: 'Ana left.' }, annotations: [{ id: 7, result: [] }] },
  ];
  const content = JSON.stringify(tasks);

  it('writes a task that came with no annotation back with none, and one of no result with it', () => {
    const written = writeLabelStudio(readLabelStudio([{ path: 't.json', content }]));
    const back = JSON.parse(written.files[0]?.content ?? '[]') as { annotations: unknown[] }[];
    expect(back.map((t) => t.annotations)).toEqual([[], [{ id: 7, result: [] }]]);
  });

  it('writes the annotation once a span is added', () => {
    const read = readLabelStudio([{ path: 't.json', content }]);
    const [first] = read.documents;
    if (!first) throw new Error('nothing read');
    const edited = { ...read, documents: [{ ...first, spans: [span(0, 3, 'ORG')] }] };
    const back = JSON.parse(writeLabelStudio(edited).files[0]?.content ?? '[]') as {
      annotations: { result: { value: { text: string } }[] }[];
    }[];
    expect(back[0]?.annotations.map((a) => a.result.map((r) => r.value.text))).toEqual([['IBM']]);
  });
});
