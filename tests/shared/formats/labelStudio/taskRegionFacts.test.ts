import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import type { FormatDocument, FormatSpan } from '../../../../src/shared/formats';
import { bundle, file, span } from '../build';
import { pretty } from './build';

// A task of the config <Labels name="ner" toName="txt"> (not Loupe's `label` and `text`): two
// people's annotations and a model's prediction, whose regions have scores of their own.
const TEXT = 'IBM hired Ana in Rome.';
const ACCEPTED = '2025-03-01T10:00:00.000Z';

function nerRegion(id: string, start: number, end: number, label: string, extra: object = {}) {
  const value = { start, end, text: TEXT.slice(start, end), labels: [label] };
  return { id, from_name: 'ner', to_name: 'txt', type: 'labels', value, ...extra };
}

const TASK = {
  id: 5,
  data: { text: TEXT },
  annotations: [
    { id: 1, completed_by: { email: 'amira@example.org' }, result: [] },
    { id: 2, completed_by: { email: 'bo@example.org' }, result: [nerRegion('b1', 0, 3, 'ORG')] },
  ],
  predictions: [
    {
      model_version: 'ner-v2',
      score: 0.5,
      result: [nerRegion('p1', 10, 13, 'PERSON', { score: 0.91 }), nerRegion('p2', 17, 21, 'GPE')],
    },
  ],
};

/** The documents read from the task: amira's, bo's, the model's. */
function readTask(): readonly FormatDocument[] {
  return readLabelStudio([file('tasks.json', pretty([TASK]))]).documents;
}

/** The task written from `docs`, the annotation of `email` in it. */
function resultsOf(docs: FormatDocument[], email: string): unknown[] {
  const [content] = writeLabelStudio(bundle(...docs)).files.map((f) => f.content);
  const [task] = JSON.parse(content ?? '') as {
    annotations: { completed_by: { email: string }; result: unknown[] }[];
  }[];
  return task?.annotations.find((a) => a.completed_by.email === email)?.result ?? [];
}

function withSpans(doc: FormatDocument | undefined, spans: FormatSpan[]): FormatDocument {
  if (!doc) throw new Error('no document');
  return { ...doc, spans: [...doc.spans, ...spans] };
}

function accepted(spanId: string, label: string, start: number, end: number, updatedAt = ACCEPTED) {
  const provenance = { annotator: 'ner-v2', spanId };
  return span(start, end, label, { id: `a-${spanId}`, provenance, createdAt: ACCEPTED, updatedAt });
}

describe('a region written anew into a Label Studio task', () => {
  it("goes under the labels control the task's other regions use, with a label the file never had", () => {
    const [amira, bo] = readTask();
    // amira's annotation has no region: the control is the one bo's and the model's use.
    const city = span(17, 21, 'CITY', { id: 'c1' });
    expect(resultsOf([withSpans(amira, [city])], 'amira@example.org')).toEqual([
      nerRegion('c1', 17, 21, 'CITY'),
    ]);
    // bo's annotation uses `ner` itself.
    expect(resultsOf([withSpans(bo, [city])], 'bo@example.org')).toEqual([
      nerRegion('b1', 0, 3, 'ORG'),
      nerRegion('c1', 17, 21, 'CITY'),
    ]);
  });

  it("carries the score of the prediction's region it was accepted from, as Label Studio keeps it", () => {
    const [amira, bo] = readTask();
    const spans = [accepted('p1', 'PERSON', 10, 13), accepted('p2', 'GPE', 17, 21)];
    // p2 has no score of its own: the prediction's 0.5 is not the region's, and is not copied.
    const expected = [
      nerRegion('a-p1', 10, 13, 'PERSON', { origin: 'prediction', score: 0.91 }),
      nerRegion('a-p2', 17, 21, 'GPE', { origin: 'prediction' }),
    ];
    // From the predictions amira's layer keeps.
    expect(resultsOf([withSpans(amira, spans)], 'amira@example.org')).toEqual(expected);
    // bo's layer keeps no predictions: read from the task as the file had it.
    expect(resultsOf([withSpans(bo, spans)], 'bo@example.org')).toEqual([
      nerRegion('b1', 0, 3, 'ORG'),
      ...expected,
    ]);
  });

  it('keeps the score once the accepted span was edited', () => {
    const [amira] = readTask();
    const edited = accepted('p1', 'ORG', 10, 13, '2025-03-02T08:00:00.000Z');
    expect(resultsOf([withSpans(amira, [edited])], 'amira@example.org')).toEqual([
      nerRegion('a-p1', 10, 13, 'ORG', { origin: 'prediction-changed', score: 0.91 }),
    ]);
  });
});
