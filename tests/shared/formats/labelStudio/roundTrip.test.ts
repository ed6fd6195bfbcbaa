import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { bundleArb } from '../arbitraries';
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

  it('puts the text back in the data field it came from (a labeling config reading $description)', () => {
    // The layout of jbogensperger/drug_review's Label Studio 0.x export: the text under
    // data.description beside other strings. It was exported under data.text only, which a
    // project whose config reads $description shows as an empty task.
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
    expect(back?.data).toEqual({ ...task.data, text: task.data.description });
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
});
