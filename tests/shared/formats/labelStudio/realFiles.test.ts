import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { unfiled, withoutFiles } from './build';

const LS = join(SHARED_DIR, 'fixtures', 'real', 'labelstudio');
const absent = !existsSync(LS);
if (absent) console.warn(`skipped: Label Studio's real files are absent (${LS})`);

function read(name: string) {
  return readLabelStudio([{ path: name, content: readFileSync(join(LS, name), 'utf8') }]);
}

function mentions(doc: FormatDocument | undefined): string[] {
  const points = [...(doc?.text ?? '')];
  return (doc?.spans ?? []).map(
    (s) => `${s.label} ${s.fragments.map((f) => points.slice(f.start, f.end).join('')).join(' ')}`,
  );
}

describe.skipIf(absent)('readLabelStudio on the files Label Studio publishes', () => {
  it('0.x completions: the span follows value.text where `end` is one short, and says so', () => {
    const { documents, warnings } = read('ls0x_named_entity_completions_1.json');
    expect(documents.map(mentions)).toEqual([['Date February 22']]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^ls0x_named_entity_completions_1\.json:\d+: value\.start\/end 343-353 cover "February 2", but value\.text is "February 22"/,
      ),
    ]);
    expect(unfiled(documents[0])?.metadata).toEqual({
      id: 1,
      task_path: '../examples/named_entity/tasks.json',
      $labelstudio: {
        annotation: { id: 1001 },
        labels: { Date: 'ner' },
        regions: { beFiQTT1cU: { source: '$text' } },
        completions: true,
      },
    });
  });

  it('0.x completions written anew: the region goes back under its control name, ner (a project reading ner drops label), under completions', () => {
    const written = writeLabelStudio(withoutFiles(read('ls0x_named_entity_completions_1.json')));
    const [task] = JSON.parse(written.files[0]?.content ?? '') as {
      annotations?: unknown;
      completions: { id: number; result: { from_name: string; to_name: string }[] }[];
    }[];
    expect(task?.annotations).toBeUndefined();
    expect(task?.completions[0]?.id).toBe(1001);
    expect(task?.completions[0]?.result.map((r) => [r.from_name, r.to_name])).toEqual([
      ['ner', 'text'],
    ]);
  });

  it('1.x annotations of the frontend example: the same span, with the corrected offsets', () => {
    const { documents, warnings } = read('frontend_named_entity/annotations/1.json');
    expect(documents.map(mentions)).toEqual([['Date February 22']]);
    expect(warnings).toEqual([]);
  });

  it('predictions are a machine layer named by model_version', () => {
    const { documents } = read('frontend_named_entity/tasks.json');
    // No one annotated the task: the layer it is imported into gets it with no annotation.
    expect(documents.map((d) => [d.annotator, d.machine, ...mentions(d)])).toEqual([
      [undefined, undefined],
      ['model 1', true, 'Date February 22'],
    ]);
  });

  it('the task no one annotated goes back from the layer it is imported into with no annotation, its predictions as they were', () => {
    const name = 'frontend_named_entity/tasks.json';
    const content = readFileSync(join(LS, name), 'utf8');
    const source = JSON.parse(content) as Record<string, unknown>[];
    const human = read(name).documents.filter((d) => !d.machine);
    // To its file, as it was: the model's prediction goes back from the layer that kept it.
    expect(writeLabelStudio({ ...read(name), documents: human }).files).toEqual([
      { path: 'tasks.json', content },
    ]);
    const written = JSON.parse(
      writeLabelStudio(withoutFiles({ ...read(name), documents: human })).files[0]?.content ?? '[]',
    ) as Record<string, unknown>[];
    expect(written.map((t) => [t.annotations, t.predictions])).toEqual([
      [[], source[0]?.predictions],
    ]);
  });

  it('the e2e NER task: nested regions (parentID) with curly apostrophes', () => {
    const { documents } = read('lsf_e2e_ner-text_task.json');
    expect(mentions(documents[0])).toEqual([
      'Person Alice',
      'Words But I don’t want to go among mad people',
    ]);
  });

  it('the e2e NER task: its results go back in the file’s order, whatever order a project keeps the spans in', () => {
    const bundle = read('lsf_e2e_ner-text_task.json');
    const doc = bundle.documents[0];
    if (!doc) throw new Error('no document');
    // A project keeps spans by their place in the text: "But I don’t…" (1) before "Alice" (175).
    const spans = [...doc.spans].sort(
      (a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0),
    );
    const written = writeLabelStudio({ ...bundle, documents: [{ ...doc, spans }] });
    const tasks: unknown = JSON.parse(written.files[0]?.content ?? '[]');
    const original: unknown = JSON.parse(
      readFileSync(join(LS, 'lsf_e2e_ner-text_task.json'), 'utf8'),
    );
    const ids = (task: unknown) => JSON.stringify(task).match(/"id":"(abcdef|qwerty)"/g);
    expect(ids(tasks)).toEqual(ids(original));
    expect(ids(original)).toEqual(['"id":"abcdef"', '"id":"qwerty"']);
  });
});

const OWN = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'labelstudio');

function readOwn(name: string, skipInvalid = false) {
  const content = readFileSync(join(OWN, name), 'utf8');
  return readLabelStudio([{ path: name, content }], { skipInvalid });
}

/** The tasks written: a file of one task object gives it alone. */
function writtenTasks(bundle: ReturnType<typeof readOwn>): Record<string, unknown>[] {
  const value: unknown = JSON.parse(writeLabelStudio(bundle).files[0]?.content ?? '[]');
  return Array.isArray(value)
    ? (value as Record<string, unknown>[])
    : [value as Record<string, unknown>];
}

describe('Label Studio files kept in tests/fixtures/real', () => {
  it('kiji-proxy predictions: refused for the region past the text; skipped, the rest goes back as a prediction', () => {
    expect(() => readOwn('kiji-proxy_sample_predictions.json')).toThrow(
      /kiji-proxy_sample_predictions\.json:64: \[0\]\.predictions\[0\]\.result\[4\]: value: end 90 is beyond the text \(85 code points long\)/,
    );
    const read = readOwn('kiji-proxy_sample_predictions.json', true);
    expect(read.skipped?.map((s) => s.line)).toEqual([64]);
    const doc = read.documents.find((d) => d.machine);
    expect([doc?.annotator, doc?.machine, doc?.spans.length]).toEqual(['coref-v1', true, 4]);
    expect(doc?.relations.map((r) => [r.type, r.from, r.to])).toEqual([
      ['relation', 'ent-3', 'ent-1'],
      ['relation', 'ent-4', 'ent-2'],
    ]);
    const source = JSON.parse(
      readFileSync(join(OWN, 'kiji-proxy_sample_predictions.json'), 'utf8'),
    ) as {
      predictions: { result: unknown[] }[];
    }[];
    const prediction = source[0]?.predictions[0];
    const [task] = writtenTasks({ ...read, documents: read.documents.filter((d) => d.machine) });
    expect(task?.annotations).toBeUndefined();
    expect(task?.predictions).toEqual([
      { ...prediction, result: prediction?.result.filter((_, i) => i !== 4) },
    ]);
  });

  it('a 1.x export: the annotation goes back with its id, annotator, history and times', () => {
    const source = JSON.parse(readFileSync(join(OWN, 'sdk_csv_test_history.json'), 'utf8')) as {
      annotations: { result: { id: string }[] }[];
    }[];
    const read = readOwn('sdk_csv_test_history.json');
    expect(read.documents.map((d) => [d.annotator, d.documentLabels])).toEqual([
      ['sergei@heartex.test', { sentiment: 'Positive' }],
    ]);
    const [task] = writtenTasks(read);
    const [annotation] = source[0]?.annotations ?? [];
    expect(task?.annotations).toEqual([annotation]);
  });

  it('a task of metadata alone: refused naming --text-field and its strings; with it, read and written back', () => {
    // Its data holds uri, title, uri_1, _row_id, title_1 (strings) and lists of writers, no text.
    const name = 'sdk_csv_test2.json';
    expect(() => readOwn(name)).toThrow(
      "sdk_csv_test2.json:46: data.writers: a list of records without a text field; Label Studio's Paragraphs (a dialogue) keep each paragraph's text under text (its default textKey): rename the key that holds it to text; if one of data's strings (uri, title, uri_1, _row_id, title_1) is the text, pass --text-field uri (or the one that is)",
    );
    const content = readFileSync(join(OWN, name), 'utf8');
    const read = readLabelStudio([{ path: name, content }], { textField: 'title' });
    expect(read.documents.map((d) => [d.text, d.documentLabels])).toEqual([
      ['TAN BAI', { uri_selection: 'Yes " "" \n \t \t а б в \n' }],
    ]);
    const source = JSON.parse(content) as { annotations: unknown[]; data: object }[];
    const [task] = writtenTasks(read);
    expect(task?.annotations).toEqual(source[0]?.annotations);
    expect(task?.data).toEqual(source[0]?.data);
  });

  it('0.x chatbot analysis: the text goes back under data.dialogs alone, no data.text copy', () => {
    // By python3's json: data holds one field, dialogs (1,026 characters), and no text.
    const name = 'ls0x_chatbot_analysis_completions_1.json';
    const read = readOwn(name);
    const source = JSON.parse(readFileSync(join(OWN, name), 'utf8')) as { data: object };
    const [task] = writtenTasks(read);
    expect(task?.data).toEqual(source.data);
    const again = readLabelStudio([{ path: 'again.json', content: JSON.stringify([task]) }]);
    expect(again.documents.map(unfiled)).toEqual(read.documents.map(unfiled));
  });

  it('0.x chatbot analysis: the textarea of the whole task is kept and written back', () => {
    const read = readOwn('ls0x_chatbot_analysis_completions_1.json');
    expect(read.documents[0]?.documentLabels).toEqual({ 'chc-1': 'Neutral answer' });
    const [task] = writtenTasks(withoutFiles(read));
    expect(task?.completions).toEqual([
      {
        id: 1001,
        result: [
          {
            id: 'PunSr5pvLo',
            from_name: 'chc-1',
            to_name: 'dialog',
            type: 'choices',
            value: { choices: ['Neutral answer'] },
          },
          {
            from_name: 'answer',
            id: 'QH2yjxSYRV',
            to_name: 'answer',
            type: 'textarea',
            value: { text: '5/5' },
          },
        ],
      },
    ]);
  });
});
