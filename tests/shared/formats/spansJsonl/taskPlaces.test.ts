import { describe, expect, it } from 'vitest';
import { taskPlaces } from '../../../../src/shared/formats/spansJsonl/taskPlaces';

/** A Prodigy record of `text` answered in a session (its `_annotator_id`), with this input hash. */
function answered(line: number, text: string, annotator?: string, inputHash?: number) {
  return {
    line,
    record: {
      text,
      ...(inputHash === undefined ? {} : { _input_hash: inputHash }),
      ...(annotator === undefined ? {} : { _annotator_id: annotator, _session_id: annotator }),
    },
  };
}

const byLine = (_record: unknown, line: number) => `news-${line}`;

describe('taskPlaces', () => {
  it("puts a task's records of several annotators in one document, named after the first, each its annotator's without the dataset", () => {
    const places = taskPlaces(
      [
        answered(1, 'a', 'ner_news-alice', 7),
        answered(2, 'b', 'ner_news-alice', 8),
        answered(3, 'a', 'ner_news-bo', 7),
      ],
      byLine,
    );
    expect(places.get(3)).toEqual({
      name: 'news-1',
      annotator: 'bo',
      several: true,
      answeredBy: ['ner_news-alice', 'ner_news-bo'],
    });
    expect(places.get(2)?.name).toBe('news-2');
  });

  it('tells tasks by their text when they have no input hash, and keeps a dataset name with dashes whole', () => {
    const places = taskPlaces(
      [answered(1, 'a', 'ner-news-al1'), answered(2, 'a', 'ner-news-al2')],
      byLine,
    );
    expect([places.get(1)?.annotator, places.get(2)?.annotator]).toEqual(['al1', 'al2']);
    expect(places.get(2)?.name).toBe('news-1');
  });

  it("puts an annotator's second record of a task (ner.teach's) with the others' second", () => {
    const places = taskPlaces(
      [
        answered(1, 'a', 'd-alice', 7),
        answered(2, 'a', 'd-alice', 7),
        answered(3, 'a', 'd-bo', 7),
        answered(4, 'a', 'd-bo', 7),
      ],
      byLine,
    );
    expect([1, 2, 3, 4].map((line) => places.get(line)?.name)).toEqual([
      'news-1',
      'news-2',
      'news-1',
      'news-2',
    ]);
  });

  it('names no annotator for records without one or of Prodigy’s unnamed sessions, and keeps a lone id whole', () => {
    const places = taskPlaces(
      [
        answered(1, 'a'),
        answered(2, 'a', '2024-02-06_10-17-19'),
        answered(3, 'a', 'news-2024-02-07_09-00-00'),
        answered(4, 'a', 'ner_news-alice'),
      ],
      byLine,
    );
    expect([...places.keys()]).toEqual([4]);
    expect(places.get(4)).toMatchObject({ annotator: 'ner_news-alice', several: false });
  });
});
