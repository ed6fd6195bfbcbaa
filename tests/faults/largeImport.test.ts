import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, EntityRegistry, importPaths, type ImportProgress } from '../../src/node';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

const DOCUMENTS = 5_000;
const CANCEL_AT = 1_000;

/** A folder with one spans JSONL file of `count` short documents, each with one span. */
function bigBatch(count: number): string {
  const dir = join(tempDir('loupe-big-'), 'in');
  mkdirSync(dir);
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      text: `Report ${i}: Mike Pompeo met officials in Baghdad 😀.`,
      spans: [{ start: 13 + String(i).length, end: 24 + String(i).length, label: 'PERSON' }],
    }),
  );
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

async function project() {
  const store = await createProject(join(tempDir(), 'project'), { name: 'big' });
  return { store, registry: await EntityRegistry.load(store.dir, []) };
}

describe('a large import', { timeout: 240_000 }, () => {
  const batch = bigBatch(DOCUMENTS);

  it('reports progress and, cancelled while writing, leaves the project byte-identical', async () => {
    const { store } = await project();
    const before = snapshotFolder(store.dir);
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const onProgress = (progress: ImportProgress) => {
      seen.push(progress);
      if (progress.phase === 'writing' && progress.done === CANCEL_AT) controller.abort();
    };
    await expect(
      importPaths(store, [batch], {
        format: 'auto',
        annotator: { explicit: 'amira', fallback: () => 'amira' },
        signal: controller.signal,
        onProgress,
      }),
    ).rejects.toThrow();
    expect(seen.filter((p) => p.phase === 'planning')).toHaveLength(DOCUMENTS);
    expect(seen.filter((p) => p.phase === 'writing').map((p) => p.done)).toEqual(
      Array.from({ length: CANCEL_AT }, (_, i) => i + 1),
    );
    expect(seen.every((p) => p.total === DOCUMENTS)).toBe(true);
    expect(snapshotFolder(store.dir)).toEqual(before);
    expect(store.listDocuments()).toEqual([]);
    expect(await store.listAnnotators()).toEqual([]);
  });

  it('imports all of it when left to finish', async () => {
    const { store } = await project();
    let last = 0;
    const summary = await importPaths(store, [batch], {
      format: 'auto',
      annotator: { explicit: 'amira', fallback: () => 'amira' },
      onProgress: (p) => (last = p.phase === 'writing' ? p.done : last),
    });
    expect(summary).toMatchObject({ written: true, spans: DOCUMENTS });
    expect(last).toBe(DOCUMENTS);
    expect(store.listDocuments()).toHaveLength(DOCUMENTS);
    const sample = store.listDocuments()[1234];
    expect((await store.readLayer(sample?.id ?? '', 'amira')).spans).toHaveLength(1);
  });
});
