import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle, importPaths, ProjectFolder } from '../../../src/node';
import type { Entity } from '../../../src/shared/model';
import { installFsTrap } from '../../faults/support/fsTrap';
import { emptyProject, folderWith, into } from './build';

const ALL = { onlyDone: false, includeRejected: false };

/** Two documents in gold's layer: "Mike Pompeo met Adel Abdul-Mahdi." and "Report from Baghdad.". */
async function project(): Promise<ProjectFolder> {
  const { store } = await emptyProject();
  const records = [
    {
      text: 'Mike Pompeo met Adel Abdul-Mahdi.',
      spans: [
        { start: 0, end: 11, label: 'PERSON' },
        { start: 16, end: 32, label: 'PERSON' },
      ],
    },
    { text: 'Report from Baghdad.', spans: [{ start: 12, end: 19, label: 'GPE' }] },
  ];
  const dir = folderWith({ 'a.jsonl': records.map((r) => JSON.stringify(r)).join('\n') });
  await importPaths(store, [dir], into('gold'));
  return store;
}

function entity(id: string, name: string, more: Partial<Entity> = {}): Entity {
  return { id, name, type: 'PERSON', aliases: [], ...more };
}

async function labelsOf(store: ProjectFolder): Promise<string[][]> {
  const { bundle } = await exportBundle(store, 'gold', ALL);
  return bundle.documents.map((d) => d.spans.map((s) => s.label));
}

describe('exportBundle', () => {
  it('gives the same documents again while nothing changed, and the labels seen, sorted', async () => {
    const store = await project();
    const first = await exportBundle(store, 'gold', ALL);
    const again = await exportBundle(store, 'gold', ALL);
    expect(again.bundle.documents).toEqual(first.bundle.documents);
    expect(again.bundle.labels).toEqual(['GPE', 'PERSON']);
  });

  it('sees an edit committed between two exports', async () => {
    const store = await project();
    expect(await labelsOf(store)).toEqual([['PERSON', 'PERSON'], ['GPE']]);
    const [a] = store.listDocuments();
    const layer = await store.readLayer(a?.id ?? '', 'gold');
    const spans = layer.spans.map((s, i) => (i === 1 ? { ...s, label: 'ORG' } : s));
    await store.commit({ layers: [{ layer: { ...layer, spans } }] });
    expect(await labelsOf(store)).toEqual([['PERSON', 'ORG'], ['GPE']]);
    expect((await exportBundle(store, 'gold', ALL)).bundle.labels).toEqual([
      'GPE',
      'ORG',
      'PERSON',
    ]);
  });

  it('sees a layer file another program replaced since the last export', async () => {
    const store = await project();
    expect(await labelsOf(store)).toEqual([['PERSON', 'PERSON'], ['GPE']]);
    const [, b] = store.listDocuments();
    const file = join(store.dir, store.layerFile(b?.id ?? '', 'gold'));
    const edited = readFileSync(file, 'utf8').replace('"label":"GPE"', '"label":"LOC"');
    writeFileSync(`${file}.new`, edited);
    renameSync(`${file}.new`, file); // as git or a teammate's tool replaces it
    expect(await labelsOf(store)).toEqual([['PERSON', 'PERSON'], ['LOC']]);
  });

  it('resolves entity links through a merge made between two exports', async () => {
    const store = await project();
    const [a] = store.listDocuments();
    const layer = await store.readLayer(a?.id ?? '', 'gold');
    const spans = layer.spans.map((s, i) => (i === 1 ? { ...s, entityId: 'e_adel' } : s));
    await store.commit({
      entities: new Map([['e_adel', entity('e_adel', 'Adel Abdul-Mahdi')]]),
      layers: [{ layer: { ...layer, spans } }],
    });
    const linked = (await exportBundle(store, 'gold', ALL)).bundle.documents[0];
    expect(linked?.spans[1]?.entityId).toBe('e_adel');
    await store.commit({
      entities: new Map([
        ['e_mahdi', entity('e_mahdi', 'Adil Abdul-Mahdi', { aliases: ['Adel Abdul-Mahdi'] })],
        ['e_adel', entity('e_adel', 'Adel Abdul-Mahdi', { mergedInto: 'e_mahdi' })],
      ]),
    });
    const merged = (await exportBundle(store, 'gold', ALL)).bundle;
    expect(merged.documents[0]?.spans[1]?.entityId).toBe('e_mahdi');
    expect(merged.entities.map((e) => e.id)).toEqual(['e_mahdi']);
  });

  it('refuses, naming it, a layer file removed while the export reads the project', async () => {
    const store = await ProjectFolder.open((await project()).dir); // nothing read yet
    const [, second] = store.listDocuments();
    const layer = join(store.dir, 'annotations', 'gold', `${second?.id}.json`);
    const removeAtOpen = installFsTrap((call) => {
      if (call.op !== 'open' || call.path !== layer) return;
      removeAtOpen();
      unlinkSync(layer);
    });
    try {
      await expect(exportBundle(store, 'gold', ALL)).rejects.toThrow(
        new RegExp(`^annotations/gold/${second?.id}\\.json: was removed while the export read`),
      );
    } finally {
      removeAtOpen();
    }
  });
});
