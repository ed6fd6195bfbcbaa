import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/cli/describeImport';
import { importedDocumentCount, importedDocumentsInWords } from '../../../src/shared/contract';
import { importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

/** One JSON record per line. */
function lines(...records: object[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** The document labels' row of an import's counts. */
function labels(read: number, imported: number, alreadyPresent: number): object {
  return { kind: 'document labels', read, imported, alreadyPresent };
}

/** A Label Studio task whose one annotation chose `choice` for the whole text. */
function choiceTask(text: string, choice: string): object {
  const result = [
    { from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: [choice] } },
  ];
  return { data: { text }, annotations: [{ id: 1, result }] };
}

describe('document labels in the per-kind counts', () => {
  it('counts doccano text classification labels: read, imported, then already there', async () => {
    const { store } = await emptyProject();
    // doccano's text classification export: `label` lists category names.
    const file = lines(
      { text: 'Great match last night', label: ['sports', 'fun'] },
      { text: 'The vote is today', label: ['politics'] },
    );
    const first = await importPaths(store, [folderWith({ 'cats.jsonl': file })], into('ann'));
    expect(first.kinds).toContainEqual(labels(3, 3, 0));
    expect(describeImport(first)).toContain(
      '  document labels: 3 read, 3 imported, 0 already there',
    );
    // The headline counts them beside the spans: the file held three categories and no span.
    expect(describeImport(first)[0]).toMatch(
      /; 0 spans, 0 relations, 0 stances, 3 document labels into ann\.$/,
    );
    const again = await importPaths(store, [folderWith({ 'cats.jsonl': file })], into('ann'));
    expect(again.kinds).toContainEqual(labels(3, 0, 3));
    expect(describeImport(again)[0]).toContain('0 stances, 0 document labels into ann.');
  });

  it("counts Prodigy's binary textcat label and Label Studio's choices", async () => {
    const { store } = await emptyProject();
    const prodigy = lines({ text: 'You are an idiot', label: 'INSULT', answer: 'accept' });
    const summary = await importPaths(store, [folderWith({ 'textcat.jsonl': prodigy })], into('a'));
    expect(summary.kinds).toContainEqual(labels(1, 1, 0));
    const tasks = JSON.stringify([choiceTask('Lovely day', 'Positive')]);
    const studio = await importPaths(store, [folderWith({ 'tasks.json': tasks })], into('b'));
    expect(studio.kinds).toContainEqual(labels(1, 1, 0));
  });

  it("refuses Prodigy's chosen options (accept), which would be imported as no label", async () => {
    const { store } = await emptyProject();
    const options = [
      { id: 'SPORTS', text: 'Sports' },
      { id: 'POLITICS', text: 'Politics' },
    ];
    // textcat.manual with several labels: the choice interface's `options` and `accept`.
    const file = lines({
      text: 'Great match last night',
      options,
      accept: ['SPORTS'],
      answer: 'accept',
    });
    await expect(
      importPaths(store, [folderWith({ 'choice.jsonl': file })], into('a')),
    ).rejects.toThrow(/choice\.jsonl:1: accept holds the options chosen/);
    expect(store.listDocuments()).toEqual([]);
  });
});

/** A Label Studio task on `text`: Lena's annotation of `person`, and gpt-x's prediction of `org`. */
function predictedTask(text: string, person: [number, number], org: [number, number]): object {
  const region = (id: string, [start, end]: [number, number], label: string) => ({
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start, end, text: text.slice(start, end), labels: [label] },
  });
  return {
    data: { text },
    annotations: [
      { id: 7, completed_by: { email: 'lena@example.org' }, result: [region('a', person, 'PER')] },
    ],
    predictions: [{ id: 3, model_version: 'gpt-x', result: [region('p', org, 'ORG')] }],
  };
}

describe('documents counted as the project lists them, layers apart', () => {
  it('counts a Label Studio task with an annotation and predictions as one document of two layers', async () => {
    const { store } = await emptyProject();
    const tasks = JSON.stringify([predictedTask('IBM hired Ana.', [10, 13], [0, 3])]);
    const summary = await importPaths(store, [folderWith({ 'tasks.json': tasks })], into('lena'));
    expect(store.listDocuments()).toHaveLength(1);
    expect(summary.documents.map((d) => [d.annotator, d.machine])).toEqual([
      ['lena', undefined],
      ['gpt-x', true],
    ]);
    expect(summary.documentCounts).toEqual({ added: 1, newVersions: 0, alreadyPresent: 0 });
    expect(summary.kinds[0]).toEqual({
      kind: 'documents',
      read: 1,
      imported: 1,
      alreadyPresent: 0,
    });
    expect(importedDocumentsInWords(summary)).toBe('1 document, 2 layers (lena, model gpt-x)');
    expect(describeImport(summary).slice(0, 2)).toEqual([
      'Imported 1 document (labelstudio): 1 new, 0 new versions, 0 already in the project; 2 spans, 0 relations, 0 stances into 2 layers: lena, model gpt-x.',
      '  documents: 1 read, 1 imported, 0 already there',
    ]);
    // Again: the one document is already there, once.
    const again = await importPaths(store, [folderWith({ 'tasks.json': tasks })], into('lena'));
    expect(again.documentCounts).toEqual({ added: 0, newVersions: 0, alreadyPresent: 1 });
    expect(again.kinds[0]).toEqual({ kind: 'documents', read: 1, imported: 0, alreadyPresent: 1 });
  });

  it('counts seven doccano records, one of two users, as seven documents of eight layers', async () => {
    const { store } = await emptyProject();
    const records = Array.from({ length: 7 }, (_, k) => ({
      id: k + 1,
      text: `Ana met Bo ${k}.`,
      annotations: [
        { label: 'PER', start_offset: 0, end_offset: 3, user: 1 },
        ...(k === 0 ? [{ label: 'PER', start_offset: 8, end_offset: 10, user: 2 }] : []),
      ],
    }));
    const file = lines(...records);
    const summary = await importPaths(store, [folderWith({ 'a.jsonl': file })], into('ann'));
    expect(store.listDocuments()).toHaveLength(7);
    expect(summary.documents).toHaveLength(8);
    expect(importedDocumentCount(summary)).toBe(7);
    expect(summary.kinds[0]).toEqual({
      kind: 'documents',
      read: 7,
      imported: 7,
      alreadyPresent: 0,
    });
    expect(importedDocumentsInWords(summary)).toBe('7 documents, 8 layers (user1, user2, ann)');
    expect(describeImport(summary)[0]).toMatch(/^Imported 7 documents \(doccano\): 7 new, /);
  });

  it('counts a document left out, and one of whose layers one was left out, once each', async () => {
    const { store } = await emptyProject();
    const wrong = `sha256:${'0'.repeat(64)}`;
    const doc = (name: string, annotator: string, textHash?: string) => ({
      name,
      text: 'IBM hired Ana.',
      annotator,
      ...(textHash ? { textHash } : {}),
      spans: [{ label: 'ORG', fragments: [{ start: 0, end: 3 }] }],
    });
    // Bob's layer of `a`, and `b` whole, were made on another text: they are left out.
    const file = {
      format: 'loupe',
      formatVersion: 1,
      documents: [doc('a', 'amira'), doc('a', 'bob', wrong), doc('b', 'amira', wrong)],
    };
    const summary = await importPaths(
      store,
      [folderWith({ 'team.loupe.json': JSON.stringify(file) })],
      {
        ...into('amira', { skipInvalid: true }),
        format: 'loupe',
        annotator: { fallback: () => 'amira' },
      },
    );
    expect(summary.skipped.map((s) => s.file)).toEqual(['a', 'b']);
    expect(summary.kinds[0]).toEqual({
      kind: 'documents',
      read: 2,
      imported: 1,
      alreadyPresent: 0,
    });
    expect(importedDocumentsInWords(summary)).toBe('1 document');
  });
});
