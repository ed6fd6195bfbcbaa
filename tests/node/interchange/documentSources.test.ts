import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentList, importPaths } from '../../../src/node';
import { isDocumentSource } from '../../../src/shared/model';
import { isRecord } from '../../../src/shared/collections';
import { ProjectFolder } from '../../../src/node/store';
import { emptyProject, folderWith, into } from './build';

/** A CoNLL file of two documents, each a sentence whose first token is a PER. */
function conll(first: string, second: string): string {
  return `-DOCSTART- O\n\n${first} B-PER\nsaid O\n. O\n\n-DOCSTART- O\n\n${second} B-PER\nleft O\n. O\n`;
}

/** Each document's source by its name, as the document list gives it. */
async function sources(store: ProjectFolder): Promise<Record<string, string | undefined>> {
  const rows = await documentList(store, null);
  return Object.fromEntries(rows.map((row) => [row.name, row.source]));
}

describe('an imported document keeps the file it was read from', () => {
  it('two CoNLL files named alone: each document has its own file', async () => {
    const dir = folderWith({
      'train.conll': conll('Amira', 'Omar'),
      'dev.conll': conll('Lea', 'Ben'),
    });
    const { store } = await emptyProject();
    await importPaths(
      store,
      [join(dir, 'train.conll'), join(dir, 'dev.conll')],
      into('amira', { format: 'conll' }),
    );
    const byText = new Map<string, string | undefined>();
    for (const meta of store.listDocuments())
      byText.set((await store.readText(meta.id)).split(' ')[0] ?? '', meta.source);
    expect(Object.fromEntries(byText)).toEqual({
      Amira: 'train.conll',
      Omar: 'train.conll',
      Lea: 'dev.conll',
      Ben: 'dev.conll',
    });
    expect(Object.values(await sources(store)).sort()).toEqual([
      'dev.conll',
      'dev.conll',
      'train.conll',
      'train.conll',
    ]);
  });

  it('a folder imported: the path below it, folder included', async () => {
    const dir = folderWith({
      'en/train.conll': conll('Amira', 'Omar'),
      'de/train.conll': conll('Lea', 'Ben'),
    });
    const { store } = await emptyProject();
    await importPaths(store, [dir], into('amira', { format: 'conll' }));
    const kept = store.listDocuments().map((meta) => meta.source);
    expect(kept.sort()).toEqual([
      'de/train.conll',
      'de/train.conll',
      'en/train.conll',
      'en/train.conll',
    ]);
  });

  it('a doccano file: its records name it', async () => {
    const line = (text: string) => JSON.stringify({ text, label: [[0, 3, 'PER']] });
    const dir = folderWith({ 'tasks.jsonl': `${line('Ann left.')}\n${line('Bob came.')}\n` });
    const { store } = await emptyProject();
    await importPaths(store, [join(dir, 'tasks.jsonl')], into('amira'));
    expect(store.listDocuments().map((meta) => meta.source)).toEqual([
      'tasks.jsonl',
      'tasks.jsonl',
    ]);
  });

  it('two doccano files of named records, and two Label Studio files: each record its file', async () => {
    const line = (id: number, text: string) => JSON.stringify({ id, text, label: [[0, 3, 'PER']] });
    const task = (id: number, text: string) => ({
      id,
      data: { text },
      annotations: [
        {
          result: [
            {
              from_name: 'label',
              to_name: 'text',
              type: 'labels',
              value: { start: 0, end: 3, text: text.slice(0, 3), labels: ['PER'] },
            },
          ],
        },
      ],
    });
    const dir = folderWith({
      'a.jsonl': `${line(1, 'Ann left.')}\n`,
      'b.jsonl': `${line(2, 'Bob came.')}\n`,
      'ls/one.json': JSON.stringify([task(1, 'Cem sang.')]),
      'ls/two.json': JSON.stringify([task(2, 'Dan ran.')]),
    });
    const { store } = await emptyProject();
    await importPaths(store, [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')], into('amira'));
    // The folder imported: its files are at the top of what was imported.
    await importPaths(store, [join(dir, 'ls')], into('amira'));
    const byText: Record<string, string | undefined> = {};
    for (const meta of store.listDocuments())
      byText[(await store.readText(meta.id)).slice(0, 3)] = meta.source;
    expect(byText).toEqual({
      Ann: 'a.jsonl',
      Bob: 'b.jsonl',
      Cem: 'one.json',
      Dan: 'two.json',
    });
  });

  it('a text file is its own document: it keeps no source, and attaching again adds none', async () => {
    const dir = folderWith({ 'a.txt': 'Plain text.' });
    const { store } = await emptyProject();
    await importPaths(store, [join(dir, 'a.txt')], into('amira'));
    expect(await sources(store)).toEqual({ 'a.txt': undefined });
  });

  it('a source Loupe would not keep is never listed (a project edited by hand)', async () => {
    const dir = folderWith({ 'train.conll': conll('Amira', 'Omar') });
    const { store } = await emptyProject();
    await importPaths(store, [join(dir, 'train.conll')], into('amira', { format: 'conll' }));
    const [first] = store.listDocuments();
    const metaPath = join(store.dir, 'documents', `${first?.id ?? ''}.json`);
    const meta: unknown = JSON.parse(readFileSync(metaPath, 'utf8'));
    writeFileSync(metaPath, JSON.stringify({ ...(isRecord(meta) ? meta : {}), source: '../x' }));
    const reopened = await ProjectFolder.open(store.dir);
    expect(Object.values(await sources(reopened)).sort()).toEqual(['train.conll', undefined]);
    expect(isDocumentSource('en/train.conll')).toBe(true);
    expect(isDocumentSource('/etc/passwd')).toBe(false);
    expect(isDocumentSource('C:\\x.conll')).toBe(false);
    expect(isDocumentSource(`${'a/'.repeat(10)}${'x'.repeat(1100)}`)).toBe(false);
  });
});
