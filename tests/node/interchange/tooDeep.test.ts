import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/node';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { emptyProject, folderWith, into } from './build';

/** An array nested `depth` deep, as a damaged file may hold in a field no format reads. */
function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

describe('tooDeep', () => {
  it('refuses a document keeping a field nested 100 000 deep before anything is written', async () => {
    const { store } = await emptyProject();
    const record = `{"text":"IBM","label":[[0,3,"ORG"]],"extra":${nested(100_000)}}\n`;
    const dir = folderWith({ 'a.jsonl': record });
    const before = snapshotFolder(store.dir);
    await expect(importPaths(store, [dir], into('amira'))).rejects.toThrow(
      /holds a value nested over 512 arrays or objects deep, which Loupe cannot store/,
    );
    expect(snapshotFolder(store.dir)).toEqual(before);
  });

  it('keeps a field nested 100 deep', async () => {
    const { store } = await emptyProject();
    const record = `{"text":"IBM","label":[[0,3,"ORG"]],"extra":${nested(100)}}\n`;
    const summary = await importPaths(store, [folderWith({ 'a.jsonl': record })], into('amira'));
    expect(summary.written).toBe(true);
  });
});
