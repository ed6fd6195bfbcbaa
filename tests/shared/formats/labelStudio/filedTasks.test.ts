import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { doc, file, span } from '../build';
import { pretty, region } from './build';
import { REAL_TASK_FILES, shownPath } from './realTaskFiles';

/** The bundle with a span added to its `k`-th document. */
function withSpan(
  bundle: FormatBundle,
  k: number,
  ...added: FormatDocument['spans']
): FormatBundle {
  const documents = bundle.documents.map((d, i) =>
    i === k ? { ...d, spans: [...d.spans, ...added] } : d,
  );
  return { ...bundle, documents };
}

const ana = span(10, 13, 'PERSON', { id: 'new' });

describe('writeLabelStudio of tasks read from a Label Studio JSON file', () => {
  it.each(REAL_TASK_FILES.map((f) => [shownPath(f.path), f] as const))(
    '%s: unchanged, goes back to its file byte for byte',
    (_shown, { path, textField }) => {
      const content = readFileSync(path, 'utf8');
      const name = basename(path);
      const read = readLabelStudio([file(name, content)], textField ? { textField } : {});
      const written = writeLabelStudio(read);
      expect(written.files).toEqual([{ path: name, content }]);
      expect(written.summary.notExpressed).toEqual({});
    },
  );

  it("writes an edited task in the file's key order (task, annotation, result, value), a new result in its kind's", () => {
    // Keys in an order of the file's own (Label Studio 0.x sorted them), not Loupe's.
    const ibm = {
      value: { labels: ['ORG'], end: 3, start: 0, text: 'IBM' },
      type: 'labels',
      to_name: 'text',
      origin: 'manual',
      id: 'r1',
      from_name: 'label',
    };
    const task = (result: object[]) => ({
      annotations: [{ result, lead_time: 2, id: 7 }],
      meta: { b: 1, a: 2 },
      data: { title: 'Hiring', text: 'IBM hired Ana.' },
      id: 3,
    });
    const read = readLabelStudio([file('tasks.json', `${pretty([task([ibm])])}\n`)]);
    const written = writeLabelStudio(withSpan(read, 0, ana)).files;
    const added = {
      value: { labels: ['PERSON'], end: 13, start: 10, text: 'Ana' },
      type: 'labels',
      to_name: 'text',
      id: 'new',
      from_name: 'label',
    };
    expect(written).toEqual([{ path: 'tasks.json', content: `${pretty([task([ibm, added])])}\n` }]);
  });

  it('writes an edited task of one object, indented by four, as the file was, a new label under its labels control', () => {
    const real = REAL_TASK_FILES.find((f) => f.path.endsWith('annotations/1.json'));
    if (!real) return; // ../shared is absent
    const content = readFileSync(real.path, 'utf8');
    const read = readLabelStudio([file('1.json', content)]);
    const [written] = writeLabelStudio(withSpan(read, 0, span(0, 7, 'Fact', { id: 'new' }))).files;
    const original = JSON.parse(content) as { annotations: { result: object[] }[] };
    // `Fact` is a label of the file's config (config.xml: <Labels name="ner" toName="text">) that
    // the task never used: it goes under the control its other regions use, where Label Studio shows it.
    original.annotations[0]?.result.push({
      from_name: 'ner',
      id: 'new',
      to_name: 'text',
      type: 'labels',
      value: { end: 7, labels: ['Fact'], start: 0, text: 'Showers' },
    });
    const tail = content.slice(content.lastIndexOf('}') + 1); // the file's line end
    expect(written?.content).toBe(`${JSON.stringify(original, null, 4)}${tail}`);
  });

  it('writes an edited task of one line as the file wrote it: spaced as Python, escaped past ASCII', () => {
    const content =
      '[{"id": 5, "data": {"text": "caf\\u00e9 IBM"}, "annotations": [{"result": []}]}]\n';
    const read = readLabelStudio([file('python.json', content)]);
    const [written] = writeLabelStudio(withSpan(read, 0, span(5, 8, 'ORG', { id: 'r' }))).files;
    expect(written?.content).toBe(
      '[{"id": 5, "data": {"text": "caf\\u00e9 IBM"}, "annotations": [{"result": [{"id": "r", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 5, "end": 8, "text": "IBM", "labels": ["ORG"]}}]}]}]\n',
    );
  });

  it("writes a Label Studio 0.x task's completions back as completions", () => {
    const task = { completions: [{ id: 1, result: [] }], data: { text: 'IBM hired Ana.' }, id: 1 };
    const read = readLabelStudio([file('1.json', JSON.stringify(task, null, 4))]);
    const [written] = writeLabelStudio(withSpan(read, 0, ana)).files;
    const back = JSON.parse(written?.content ?? '{}') as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(['completions', 'data', 'id']);
    expect(back.completions).toEqual([
      { id: 1, result: [expect.objectContaining({ id: 'new', value: expect.anything() })] },
    ]);
  });

  it('writes each file back under its name, two of one name apart, documents of no file to labelstudio.json', () => {
    const a = pretty([{ id: 1, data: { text: 'IBM hired Ana.' }, annotations: [] }]);
    const b = pretty([{ id: 1, data: { text: 'Ana left.' }, annotations: [] }]);
    const read = readLabelStudio([file('x/tasks.json', a), file('y/tasks.json', b)]);
    const mine = doc('Mine.', { name: 'mine' });
    const written = writeLabelStudio({ ...read, documents: [...read.documents, mine] }).files;
    expect(written.map((f) => [f.path, f.content === a || f.content === b])).toEqual([
      ['labelstudio.json', false],
      ['tasks.json', true],
      ['tasks-2.json', true],
    ]);
    expect(written[1]?.content).toBe(a);
    expect(written[2]?.content).toBe(b);
  });

  it('writes the tasks left, in a well-formed array, when some are not exported', () => {
    const tasks = [1, 2, 3].map((id) => ({ id, data: { text: `Task ${id}.` }, annotations: [] }));
    const read = readLabelStudio([file('tasks.json', `${pretty(tasks)}\n`)]);
    for (const left of [0, 1, 2]) {
      const documents = read.documents.filter((_, i) => i !== left);
      const [written] = writeLabelStudio({ ...read, documents }).files;
      expect(written?.content).toBe(`${pretty(tasks.filter((_, i) => i !== left))}\n`);
    }
  });

  it("writes a model's document in its prediction's place when it changed, the rest of the task as it was", () => {
    const ibm = region('p0', 0, 3, 'IBM', 'ORG');
    const task = (predicted: object[]) => ({
      id: 4,
      data: { text: 'IBM hired Ana.' },
      annotations: [{ result: [region('a', 0, 3, 'IBM', 'ORG')] }],
      predictions: [
        { model_version: 'ner-v1', result: [ibm] },
        { model_version: 'ner-v2', score: 0.5, result: predicted },
      ],
    });
    const content = `${pretty([task([])])}\n`;
    const read = readLabelStudio([file('tasks.json', content)]);
    expect(read.documents.map((d) => d.annotator ?? 'person')).toEqual([
      'person',
      'ner-v1',
      'ner-v2',
    ]);
    expect(writeLabelStudio(read).files[0]?.content).toBe(content);
    const [written] = writeLabelStudio(withSpan(read, 2, { ...ana, id: 'p1' })).files;
    expect(written?.content).toBe(`${pretty([task([region('p1', 10, 13, 'Ana', 'PERSON')])])}\n`);
  });
});
