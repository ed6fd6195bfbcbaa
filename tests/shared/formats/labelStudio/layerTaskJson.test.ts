import { describe, expect, it } from 'vitest';
import { layerTaskJson } from '../../../../src/shared/formats/labelStudio/layerTaskJson';
import { pretty, region } from './build';

const by = (id: number, result: object[], extra: object = {}) => ({
  id: 10 + id,
  completed_by: { id, email: `u${id}@example.org` },
  result,
  lead_time: 1.5,
  ...extra,
});
const TASK = {
  id: 3,
  annotations: [
    by(1, [region('a', 0, 3, 'IBM', 'ORG')]),
    by(2, [], { was_cancelled: true }),
    by(3, [region('c', 10, 13, 'Ana', 'PERSON')]),
  ],
  predictions: [{ model_version: 'ner-v2', result: [region('p', 0, 3, 'IBM', 'ORG')] }],
  data: { text: 'IBM hired Ana.' },
};

describe('layerTaskJson', () => {
  it("keeps the layer's own annotation as written and cuts the others to who made them", () => {
    const json = layerTaskJson(pretty(TASK), 2);
    expect(JSON.parse(json)).toEqual({
      ...TASK,
      annotations: [
        { completed_by: TASK.annotations[0]?.completed_by, result: [] },
        { completed_by: TASK.annotations[1]?.completed_by, was_cancelled: true, result: [] },
        TASK.annotations[2],
      ],
    });
    // The file's layout stays: the own annotation's text is the file's.
    const own = pretty(TASK.annotations[2]).replaceAll('\n', '\n    ');
    expect(json).toContain(own);
  });

  it("keeps a Label Studio 0.x task's completions the same way, in the file's spacing", () => {
    const task = { completions: [by(1, []), by(2, [region('b', 0, 3, 'IBM', 'ORG')])], data: {} };
    // As Python's json.dumps writes it: ", " and ": ".
    const python = (value: unknown) =>
      JSON.stringify(value).replaceAll('":', '": ').replaceAll(',"', ', "');
    const stub = (id: number) => ({
      completed_by: { id, email: `u${id}@example.org` },
      result: [],
    });
    expect(layerTaskJson(python(task), undefined)).toBe(
      python({ completions: [stub(1), stub(2)], data: {} }),
    );
  });
});
