import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { bundle, doc, file, span } from '../build';
import { pretty, region, result, task } from './build';

// Label Studio's editor marks a region taken from a prediction `origin: "prediction"`, and
// `"prediction-changed"` once edited (web/libs/editor/src/mixins/Regions.js), on every result
// of the region (regions/Result.js serialize).

const TEXT = 'IBM hired Ana.';
const ACCEPTED = '2025-03-01T10:00:00.000Z';
const accepted = { annotator: 'gpt-x', spanId: 'p2', confidence: 0.9 };

/** The results of the one annotation `written` holds. */
function resultsOf(documents: FormatDocument[]): unknown[] {
  const written = writeLabelStudio(bundle(...documents));
  const tasks = JSON.parse(written.files[0]?.content ?? '') as {
    annotations: { result: unknown[] }[];
  }[];
  return tasks[0]?.annotations[0]?.result ?? [];
}

describe('the origin of a region written to Label Studio', () => {
  it('is "prediction" for a span accepted from a suggestion, as accepted', () => {
    const spans = [
      span(0, 3, 'ORG', { id: 'a' }),
      span(10, 13, 'PERSON', {
        id: 'b',
        provenance: accepted,
        createdAt: ACCEPTED,
        updatedAt: ACCEPTED,
      }),
    ];
    expect(resultsOf([doc(TEXT, { name: 'x', spans })])).toEqual([
      region('a', 0, 3, 'IBM', 'ORG'),
      { ...region('b', 10, 13, 'Ana', 'PERSON'), origin: 'prediction' },
    ]);
  });

  it('is "prediction-changed" once the accepted span was edited, on each of its results', () => {
    const edited = span(10, 13, 'ORG', {
      id: 'b',
      note: 'a firm?',
      attributes: { Certainty: 'low' },
      provenance: accepted,
      createdAt: ACCEPTED,
      updatedAt: '2025-03-01T10:05:00.000Z',
    });
    const place = { start: 10, end: 13 };
    expect(resultsOf([doc(TEXT, { name: 'x', spans: [edited] })])).toEqual([
      { ...region('b', 10, 13, 'Ana', 'ORG'), origin: 'prediction-changed' },
      {
        ...result('b', 'textarea', 'note', { ...place, text: ['a firm?'] }),
        origin: 'prediction-changed',
      },
      {
        ...result('b', 'choices', 'Certainty', { ...place, choices: ['low'] }),
        origin: 'prediction-changed',
      },
    ]);
  });

  it('stays as a file gave it while the span is unchanged, and turns "prediction-changed" when edited', () => {
    const fromPrediction = { ...region('p2', 10, 13, 'Ana', 'PERSON'), origin: 'prediction' };
    const manual = { ...region('m1', 0, 3, 'IBM', 'ORG'), origin: 'manual' };
    const read = readLabelStudio([file('ls.json', pretty([task(TEXT, [manual, fromPrediction])]))]);
    const [document] = read.documents;
    if (!document) throw new Error('nothing read');
    // As an import stores them: created and updated at the same instant.
    const stored = document.spans.map((s) => ({ ...s, createdAt: ACCEPTED, updatedAt: ACCEPTED }));
    expect(resultsOf([{ ...document, spans: stored }])).toEqual([manual, fromPrediction]);
    const relabelled = stored.map((s) =>
      s.id === 'p2' ? { ...s, label: 'ORG', updatedAt: '2025-03-02T08:00:00.000Z' } : s,
    );
    expect(resultsOf([{ ...document, spans: relabelled }])).toEqual([
      manual,
      { ...region('p2', 10, 13, 'Ana', 'ORG'), origin: 'prediction-changed' },
    ]);
  });
});
