import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/node';
import { emptyProject, folderWith, into } from './build';

const X = 'Apple buys a startup.';
const Y = 'Paris is big.';

/** A Prodigy record with no name of its own, one span. */
function record(text: string, start: number, end: number, label: string): string {
  return JSON.stringify({ text, spans: [{ start, end, label }], answer: 'accept' });
}

describe('documents a file gives no name meet the project’s by their text', () => {
  it('a teammate’s Prodigy file of the same records adds layers to the same documents', async () => {
    const { store } = await emptyProject();
    const ann = [record(X, 0, 5, 'ORG'), record(Y, 0, 5, 'GPE'), record(X, 13, 20, 'MISC')];
    const bob = [record(X, 0, 5, 'ORG'), record(Y, 0, 5, 'LOC'), record(X, 6, 10, 'MISC')];
    await importPaths(store, [folderWith({ 'ann.jsonl': ann.join('\n') })], into('ann'));
    const summary = await importPaths(
      store,
      [folderWith({ 'bob.jsonl': bob.join('\n') })],
      into('bob'),
    );
    // The repeated text meets the documents in order: bob's first X the first, his second the second.
    expect(summary.documents.map((d) => [d.name, d.outcome])).toEqual([
      ['ann-1.txt', 'attached'],
      ['ann-2.txt', 'attached'],
      ['ann-3.txt', 'attached'],
    ]);
    // Each met its document by its text alone, and the summary says which.
    expect(summary.documents.map((d) => d.byText)).toEqual(['bob-1', 'bob-2', 'bob-3']);
    const names = store.listDocuments().map((d) => d.name);
    expect(names.sort()).toEqual(['ann-1.txt', 'ann-2.txt', 'ann-3.txt']);
    const labels = async (name: string, annotator: string): Promise<string[]> => {
      const doc = store.listDocuments().find((d) => d.name === name);
      if (!doc) throw new Error(`no ${name}`);
      return (await store.readLayer(doc.id, annotator)).spans.map((s) => s.label);
    };
    expect(await labels('ann-2.txt', 'bob')).toEqual(['LOC']);
    expect(await labels('ann-3.txt', 'ann')).toEqual(['MISC']);
    expect(await labels('ann-3.txt', 'bob')).toEqual(['MISC']);
  });

  it('a file imported again, or its export under another name, is already there', async () => {
    const { store } = await emptyProject();
    const file = [record(X, 0, 5, 'ORG'), record(X, 6, 10, 'ORG'), record(Y, 0, 5, 'GPE')];
    const folder = folderWith({ 'ann.jsonl': file.join('\n'), 'out.jsonl': file.join('\n') });
    await importPaths(store, [`${folder}/ann.jsonl`], into('ann'));
    for (const path of [`${folder}/ann.jsonl`, `${folder}/out.jsonl`]) {
      const again = await importPaths(store, [path], into('ann'));
      expect(again.documents.map((d) => [d.name, d.outcome])).toEqual([
        ['ann-1.txt', 'attached'],
        ['ann-2.txt', 'attached'],
        ['ann-3.txt', 'attached'],
      ]);
      // The same file meets its documents by name and text; its export under another name by text.
      const byText = path.endsWith('out.jsonl') ? ['out-1', 'out-2', 'out-3'] : [];
      expect(again.documents.flatMap((d) => d.byText ?? [])).toEqual(byText);
      expect(again.alreadyPresent).toBe(3);
    }
    expect(store.listDocuments().length).toBe(3);
  });

  it('doccano records without an id and CoNLL documents told apart by -DOCSTART- meet them too', async () => {
    const { store } = await emptyProject();
    const doccano = (label: string): string => JSON.stringify({ text: Y, label: [[0, 5, label]] });
    await importPaths(store, [folderWith({ 'ann.jsonl': doccano('GPE') })], into('ann'));
    await importPaths(store, [folderWith({ 'bob.jsonl': doccano('LOC') })], into('bob'));
    expect(store.listDocuments().map((d) => d.name)).toEqual(['ann-1.txt']);
    const conll = (tag: string): string =>
      `-DOCSTART- -X- O O\n\nParis ${tag}\nis O\n\n-DOCSTART- -X- O O\n\nRome ${tag}\n\n`;
    await importPaths(store, [folderWith({ 'ann.conll': conll('B-GPE') })], into('ann'));
    const summary = await importPaths(
      store,
      [folderWith({ 'bob.conll': conll('B-LOC') })],
      into('bob'),
    );
    expect(summary.documents.map((d) => [d.name, d.outcome])).toEqual([
      ['ann-1.txt', 'attached'],
      ['ann-2.txt', 'attached'],
    ]);
  });

  it('a document named by its source stays its own document beside the same text', async () => {
    const { store } = await emptyProject();
    await importPaths(store, [folderWith({ 'ann.jsonl': record(X, 0, 5, 'ORG') })], into('ann'));
    const named = JSON.stringify({ text: X, spans: [], meta: { name: 'wire-7' } });
    const summary = await importPaths(store, [folderWith({ 'b.jsonl': named })], into('bob'));
    expect(summary.documents.map((d) => [d.name, d.outcome, d.sameTextAs])).toEqual([
      ['wire-7.txt', 'added', 'ann-1.txt'],
    ]);
  });

  it('records of one line and one text (a JSON array on one line) each keep their document', async () => {
    const { store } = await emptyProject();
    // Every record of the line is named by it (`a-1`): two of X, one of Y between them.
    const line = `[${[record(X, 0, 5, 'ORG'), record(Y, 0, 5, 'GPE'), record(X, 6, 10, 'MISC')].join(', ')}]`;
    const summary = await importPaths(store, [folderWith({ 'a.json': line })], into('ann'));
    expect(summary.documents.map((d) => d.documentId)).toEqual(['a-1', 'a-1-2', 'a-1-3']);
    const ids = store.listDocuments().map((d) => d.id);
    expect(ids.sort()).toEqual(['a-1', 'a-1-2', 'a-1-3']);
    const labels = await Promise.all(
      ids.map(async (id) => (await store.readLayer(id, 'ann')).spans.map((s) => s.label)),
    );
    expect(labels).toEqual([['ORG'], ['GPE'], ['MISC']]);
  });
});
