import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/node';
import { tooDeep } from '../../../src/node/interchange/tooDeep';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { bundle, doc, nestedJson } from '../../shared/formats/build';
import { emptyProject, folderWith, into } from './build';

describe('tooDeep', () => {
  it('refuses a record holding a field nested 100 000 deep by its file and line, before anything is written', async () => {
    const { store } = await emptyProject();
    const record = `{"text":"IBM","label":[[0,3,"ORG"]],"extra":${nestedJson(100_000)}}\n`;
    const dir = folderWith({ 'a.jsonl': record });
    const before = snapshotFolder(store.dir);
    await expect(importPaths(store, [dir], into('amira'))).rejects.toThrow(
      /a\.jsonl:1: extra: nests arrays and objects over 512 deep, which Loupe cannot read/,
    );
    expect(snapshotFolder(store.dir)).toEqual(before);
  });

  it('keeps a field nested 100 deep', async () => {
    const { store } = await emptyProject();
    const record = `{"text":"IBM","label":[[0,3,"ORG"]],"extra":${nestedJson(100)}}\n`;
    const summary = await importPaths(store, [folderWith({ 'a.jsonl': record })], into('amira'));
    expect(summary.written).toBe(true);
  });

  it('refuses, naming it, a document a reader let through holding a value nested 100 000 deep', () => {
    const deep = doc('IBM', { name: 'a', metadata: { x: JSON.parse(nestedJson(100_000)) } });
    expect(tooDeep(bundle(doc('IBM'), deep)).map((e) => e.message)).toEqual([
      'a: holds a value nested over 512 arrays or objects deep, which Loupe cannot store; the file is damaged, or remove that field',
    ]);
  });
});
