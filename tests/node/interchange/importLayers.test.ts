import { describe, expect, it } from 'vitest';
import { exportProject, importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

const region = (id: string, start: number, end: number, text: string, label: string) => ({
  id,
  type: 'labels',
  from_name: 'label',
  to_name: 'text',
  value: { start, end, text, labels: [label] },
});

describe('import into layers', () => {
  it('gives each Label Studio annotator a layer, predictions the machine layer, even with --annotator', async () => {
    const { store } = await emptyProject();
    const task = {
      id: 9,
      meta: { source: 'wire' },
      data: { text: 'IBM hired Ana.', headline: 'Hiring' },
      annotations: [
        { completed_by: { email: 'amira@example.org' }, result: [region('a', 0, 3, 'IBM', 'ORG')] },
        {
          completed_by: { email: 'ben@example.org' },
          result: [region('b', 10, 13, 'Ana', 'PERSON')],
        },
      ],
      predictions: [{ model_version: 'ner-v2', result: [region('p', 0, 3, 'IBM', 'ORG')] }],
    };
    const dir = folderWith({ 'tasks.json': JSON.stringify([task]) });
    const summary = await importPaths(store, [dir], into('gold'));
    expect(summary.documents.map((d) => [d.annotator, d.outcome, d.spans])).toEqual([
      ['amira', 'added', 1],
      ['ben', 'attached', 1],
      ['ner-v2', 'attached', 1],
    ]);
    const [doc] = store.listDocuments();
    if (!doc) throw new Error('no document');
    expect(doc.name).toBe('9.txt');
    const amira = await store.readLayer(doc.id, 'amira');
    const { file: _file, ...kept } = amira.metadata?.$labelstudio as Record<string, unknown>;
    expect({ ...amira.metadata, $labelstudio: kept }).toEqual({
      id: 9,
      meta: { source: 'wire' },
      data: { headline: 'Hiring' },
      // The task's predictions, kept in its first annotator's layer to go back beside the
      // layer's annotation as they were, once.
      $labelstudio: {
        annotation: { completed_by: { email: 'amira@example.org' } },
        predictions: task.predictions,
      },
    });
    // Each layer keeps its own annotation's fields, written back with its annotations; the
    // predictions are not stored again in ben's.
    expect((await store.readLayer(doc.id, 'ben')).metadata?.$labelstudio).toEqual({
      annotation: { completed_by: { email: 'ben@example.org' } },
      file: expect.objectContaining({ name: 'tasks.json', index: 0, part: 1 }),
    });
    expect((await store.readLayer(doc.id, 'ner-v2')).spans.map((s) => s.label)).toEqual(['ORG']);
  });

  it('gives two e-mail addresses with one local part a layer each, named apart and said', async () => {
    const { store } = await emptyProject();
    const by = (email: string, result: object[]) => ({ completed_by: { email }, result });
    const tasks = [
      {
        id: 1,
        data: { text: 'IBM hired Ana.' },
        annotations: [
          by('amira@b.org', [region('b', 10, 13, 'Ana', 'PERSON')]),
          by('amira@a.org', [region('a', 0, 3, 'IBM', 'ORG')]),
        ],
      },
      {
        id: 2,
        data: { text: 'Ana left.' },
        annotations: [by('amira@b.org', [region('c', 0, 3, 'Ana', 'PERSON')])],
      },
    ];
    const dir = folderWith({ 'tasks.json': JSON.stringify(tasks) });
    const choice = { annotator: { fallback: () => 'local' } };
    const summary = await importPaths(store, [dir], { format: 'labelstudio', ...choice });
    expect(summary.documents.map((d) => [d.name, d.annotator, d.spans])).toEqual([
      ['1.txt', 'amira-b.org', 1],
      ['1.txt', 'amira', 1],
      ['2.txt', 'amira-b.org', 1],
    ]);
    expect(summary.warnings).toContainEqual(
      expect.stringMatching(
        /"amira@a.org" and "amira@b.org" would both be the annotator "amira": "amira@b.org" is imported as "amira-b.org"/,
      ),
    );
    // Written back, each annotation has its own completed_by.
    for (const [annotator, emails] of [
      ['amira', ['amira@a.org', undefined]],
      ['amira-b.org', ['amira@b.org', 'amira@b.org']],
    ] as const) {
      const { result } = await exportProject(store, { format: 'labelstudio', annotator });
      // Task 1 goes back to tasks.json; task 2, of which amira's layer holds nothing from the
      // file, to labelstudio.json.
      const written = result.files.flatMap(
        (f) =>
          JSON.parse(f.content) as {
            id: number;
            annotations: { completed_by?: { email: string } }[];
          }[],
      );
      written.sort((a, b) => a.id - b.id);
      expect(written.flatMap((t) => t.annotations.map((a) => a.completed_by?.email))).toEqual(
        emails,
      );
    }
  });

  it('gives each doccano 1.x user a layer', async () => {
    const { store } = await emptyProject();
    const record = {
      id: 3,
      text: 'IBM hired Ana.',
      annotations: [
        { label: 'ORG', start_offset: 0, end_offset: 3, user: 1 },
        { label: 'PERSON', start_offset: 10, end_offset: 13, user: 2 },
      ],
    };
    const dir = folderWith({ 'a.jsonl': `${JSON.stringify(record)}\n` });
    const summary = await importPaths(store, [dir], into('gold'));
    expect(summary.documents.map((d) => d.annotator)).toEqual(['user1', 'user2']);
    // One record, one document of the project, in two layers.
    expect(summary.kinds).toEqual([
      { kind: 'documents', read: 1, imported: 1, alreadyPresent: 0 },
      { kind: 'spans', read: 2, imported: 2, alreadyPresent: 0 },
    ]);
  });
});

describe('never silent', () => {
  const record = (extra: object) => `${JSON.stringify({ text: 'IBM hired Ana.', ...extra })}\n`;

  it.each([
    [
      'doccano read as spans JSONL',
      'spans-jsonl',
      record({ label: [[0, 3, 'ORG']] }),
      'label holds annotations spans JSONL does not have',
    ],
    [
      'spans JSONL read as doccano',
      'doccano',
      record({ spans: [{ start: 0, end: 3, label: 'ORG' }] }),
      'spans holds annotations doccano does not write there',
    ],
    [
      'doccano 1.x read as spans JSONL',
      'spans-jsonl',
      record({ annotations: [{ label: 1, start_offset: 0, end_offset: 3 }] }),
      'annotations holds annotations',
    ],
  ] as const)(
    '%s is an error on its line, and nothing is written',
    async (_, format, content, reason) => {
      const { store } = await emptyProject();
      const dir = folderWith({ 'a.jsonl': content });
      await expect(importPaths(store, [dir], { ...into('gold'), format })).rejects.toThrow(
        new RegExp(`a\\.jsonl:1: ${reason}`),
      );
      expect(store.listDocuments()).toEqual([]);
    },
  );

  it('with --skip-invalid, leaves out that record and lists it', async () => {
    const { store } = await emptyProject();
    const dir = folderWith({
      'a.jsonl': `${record({ spans: [{ start: 0, end: 3, label: 'ORG' }] })}${record({ spans: [{ start: 0, end: 3, label: 'ORG' }], label: [[0, 3, 'ORG']] })}`,
    });
    const summary = await importPaths(store, [dir], {
      ...into('gold'),
      format: 'spans-jsonl',
      skipInvalid: true,
    });
    expect(summary.spans).toBe(1);
    expect(summary.skipped).toEqual([
      expect.objectContaining({
        line: 2,
        reason: expect.stringContaining('label holds annotations'),
      }),
    ]);
  });
});

describe('--skip-invalid skips the smallest unit', () => {
  it('one bad .ann line, and what referred to it; the rest of the document is imported', async () => {
    const { store } = await emptyProject();
    const text = 'IBM hired Ana in Baghdad.';
    const ann = [
      'T1\tORG 0 3\tIBM',
      'T2\tPERSON 10 13\tAnna',
      'T3\tGPE 17 24\tBaghdad',
      'R1\tEmployer Arg1:T2 Arg2:T1',
      'A1\tCapital T3',
    ].join('\n');
    const dir = folderWith({
      'a.txt': text,
      'a.ann': `${ann}\n`,
      'b.txt': 'x',
      'b.ann': 'T1\tORG 0 1\tx\n',
    });
    const summary = await importPaths(store, [dir], into('gold', { skipInvalid: true }));
    expect(summary.skipped.map((s) => `${s.line}: ${s.reason}`)).toEqual([
      '2: T2: text disagrees with the document at these offsets: expected "Ana", found "Anna"',
      '4: R1 refers to T2, which is not defined',
    ]);
    expect(summary.spans).toBe(3);
    const layer = await store.readLayer('a', 'gold');
    expect(layer.spans.map((s) => s.label)).toEqual(['ORG', 'GPE']);
    expect(layer.spans[1]?.attributes).toEqual({ Capital: true });
  });
});

describe('--skip-invalid in Label Studio files', () => {
  it('leaves out one bad region, not its task or file', async () => {
    const { store } = await emptyProject();
    const task = {
      data: { text: 'IBM hired Ana.' },
      annotations: [
        { result: [region('a', 0, 3, 'IBM', 'ORG'), region('b', 10, 13, 'Anna', 'PERSON')] },
      ],
    };
    const dir = folderWith({ 'tasks.json': JSON.stringify([task], null, 2) });
    const summary = await importPaths(store, [dir], into('gold', { skipInvalid: true }));
    expect(summary.spans).toBe(1);
    expect(summary.skipped).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/tasks\.json$/),
        line: expect.any(Number),
      }),
    ]);
  });
});

describe('an import that would read nothing it was given', () => {
  it('fails when every annotation was set aside (Label Studio image regions), unless --skip-invalid', async () => {
    const { store } = await emptyProject();
    const task = {
      data: { text: 'IBM hired Ana.' },
      annotations: [
        {
          result: [
            { id: 'r', type: 'rectanglelabels', from_name: 'box', to_name: 'image', value: {} },
          ],
        },
      ],
    };
    const dir = folderWith({ 'tasks.json': JSON.stringify([task]) });
    await expect(importPaths(store, [dir], into('gold'))).rejects.toThrow(
      /no annotation was read, though the files hold some that Loupe set aside/,
    );
    expect(store.listDocuments()).toEqual([]);
    const summary = await importPaths(store, [dir], into('gold', { skipInvalid: true }));
    expect(summary.documents).toHaveLength(1);
    expect(summary.warnings.join('\n')).toMatch(
      /a rectanglelabels result not tied to a region is kept as it was and written back/,
    );
  });
});
