import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProjectFolder, StoreError, textHash } from '../../../src/node/store';
import { emptyLayer, type Layer } from '../../../src/shared/model';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { span } from '../../helpers/span';
import { projectWith } from '../../helpers/tempProject';

/** A project with two documents and an open ProjectFolder on it. */
async function twoDocuments(): Promise<{ dir: string; folder: ProjectFolder }> {
  const { dir, workbench } = await projectWith({
    'a.txt': 'Mike Pompeo',
    'b.txt': 'Adel Abdul-Mahdi',
  });
  await workbench.close();
  return { dir, folder: await ProjectFolder.open(dir) };
}

function layerOf(folder: ProjectFolder, id: string, spans: Layer['spans']): Layer {
  return { ...emptyLayer(id, folder.getDocument(id).textHash, 'tester'), spans };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('ProjectFolder.commit', () => {
  it('writes a whole change, or on any failure puts every file back as it was', async () => {
    const { dir, folder } = await twoDocuments();
    await folder.commit({ layers: [{ layer: layerOf(folder, 'a', [span(0, 4)]) }] });
    const before = snapshotFolder(dir);
    const good = layerOf(folder, 'a', [span(0, 4), span(5, 11)]);
    const outside = layerOf(folder, 'b', [span(0, 999)]);
    await expect(
      folder.commit({ layers: [{ layer: good }, { layer: outside }] }),
    ).rejects.toBeInstanceOf(StoreError);
    expect(snapshotFolder(dir)).toEqual(before);
    expect((await folder.readLayer('a', 'tester')).spans).toHaveLength(1);
  });

  it('refuses to write a layer changed on disk since it was read, and undoes the rest', async () => {
    const { dir, folder } = await twoDocuments();
    await folder.commit({ layers: [{ layer: layerOf(folder, 'b', [span(0, 4)]) }] });
    const { version } = await folder.readLayerForEdit('b', 'tester');
    const path = join(dir, 'annotations', 'tester', 'b.json');
    const pulled = readFileSync(path, 'utf8').replace('"end": 4', '"end": 5');
    writeFileSync(path, pulled); // a teammate's change arrives by git pull
    const change = {
      layers: [
        { layer: layerOf(folder, 'a', [span(0, 4)]) },
        { layer: layerOf(folder, 'b', [span(0, 16)]), basedOn: version },
      ],
    };
    await expect(folder.commit(change)).rejects.toThrow(/changed/);
    expect(existsSync(join(dir, 'annotations', 'tester', 'a.json'))).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(pulled);
  });

  it('adds documents exclusively: a name another import took meanwhile is refused, never replaced', async () => {
    const { dir, folder } = await twoDocuments();
    writeFileSync(join(dir, 'documents', 'c.txt'), 'added by another import');
    const change = { documents: [{ id: 'c', name: 'c.txt', bytes: bytes('mine') }] };
    await expect(folder.commit(change)).rejects.toThrow(/already exists/);
    expect(readFileSync(join(dir, 'documents', 'c.txt'), 'utf8')).toBe('added by another import');
    expect(existsSync(join(dir, 'documents', 'c.json'))).toBe(false);
    expect(folder.hasDocument('c')).toBe(false);
  });

  it('reports progress per document, and a cancel leaves the folder as it was', async () => {
    const { dir, folder } = await twoDocuments();
    const before = snapshotFolder(dir);
    const controller = new AbortController();
    const seen: number[] = [];
    const documents = ['d1', 'd2', 'd3'].map((id) => ({
      id,
      name: `${id}.txt`,
      bytes: bytes(`text ${id}`),
    }));
    const commit = folder.commit(
      { documents },
      {
        signal: controller.signal,
        onProgress: ({ done, total }) => {
          seen.push(done);
          expect(total).toBe(3);
          if (done === 2) controller.abort();
        },
      },
    );
    await expect(commit).rejects.toThrow();
    expect(seen).toEqual([1, 2]);
    expect(snapshotFolder(dir)).toEqual(before);
    expect(folder.listDocuments().map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('writes many new documents and their layers with one fsync per file and per folder, several at once', async () => {
    const { dir, folder } = await twoDocuments();
    const count = 30;
    const documents = Array.from({ length: count }, (_, i) => ({
      id: `d${i}`,
      name: `d${i}.txt`,
      bytes: bytes(`Text number ${i}`),
    }));
    const layers = documents.map(({ id, bytes: text }) => ({
      layer: { ...emptyLayer(id, textHash(text), 'tester'), spans: [span(0, 4)] },
    }));
    const probe = await open(join(dir, 'loupe.json'), 'r');
    const handles = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    const { sync } = handles;
    let [syncs, running, most] = [0, 0, 0];
    const watched = vi.spyOn(handles, 'sync').mockImplementation(async function (this: FileHandle) {
      syncs++;
      most = Math.max(most, ++running);
      try {
        await sync.call(this);
      } finally {
        running--;
      }
    });
    try {
      await folder.commit({ documents, layers });
    } finally {
      watched.mockRestore();
    }
    // A text, a meta and a snapshot per document; documents/ after the texts and after the
    // metas, annotations/tester/ after the layers (was 7 per document, one after another: every
    // file's folder, and room reserved for each new layer).
    expect(syncs).toBeLessThanOrEqual(3 * count + 3);
    expect(most).toBeGreaterThan(1);
    const reopened = await ProjectFolder.open(dir);
    expect(reopened.listDocuments()).toHaveLength(count + 2);
    expect((await reopened.readLayer('d29', 'tester')).spans).toHaveLength(1);
  });

  it('undoes every file of a change of many new documents when one layer among them fails', async () => {
    const { dir, folder } = await twoDocuments();
    const before = snapshotFolder(dir);
    const documents = Array.from({ length: 20 }, (_, i) => ({
      id: `d${i}`,
      name: `d${i}.txt`,
      bytes: bytes(`Text number ${i}`),
    }));
    const layers = documents.map(({ id, bytes: text }, i) => ({
      layer: { ...emptyLayer(id, textHash(text), 'tester'), spans: [span(0, i === 13 ? 99 : 4)] },
    }));
    await expect(folder.commit({ documents, layers })).rejects.toThrow(/d13/);
    expect(snapshotFolder(dir)).toEqual(before);
    expect(folder.listDocuments().map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('refuses a path built from something that is not a Loupe name', async () => {
    const { folder } = await twoDocuments();
    const sneaky = { ...layerOf(folder, 'a', []), annotator: '../../outside' };
    await expect(folder.commit({ layers: [{ layer: sneaky }] })).rejects.toThrow(
      /not a valid annotator name/,
    );
  });

  it('refuses a new document, entity or annotator folder Windows cannot check out, writing nothing', async () => {
    const { dir, folder } = await twoDocuments();
    const before = snapshotFolder(dir);
    const changes = {
      'document CON': { documents: [{ id: 'CON', name: 'CON.txt', bytes: bytes('x') }] },
      'document ending in a dot': { documents: [{ id: 'c.', name: 'c..txt', bytes: bytes('x') }] },
      'entity lpt1': {
        entities: new Map([['lpt1', { id: 'lpt1', name: 'X', type: 'ORG', aliases: [] }]]),
      },
      'annotator aux': { layers: [{ layer: { ...layerOf(folder, 'a', []), annotator: 'aux' } }] },
    };
    for (const [what, change] of Object.entries(changes)) {
      await expect(folder.commit(change), what).rejects.toThrow(
        /(reserved device name|ends in a dot).*cannot be checked out on Windows by a teammate/,
      );
      expect(snapshotFolder(dir), what).toEqual(before);
    }
  });

  it('refuses a layer of a document whose text cannot be read, naming the text, and writes nothing', async () => {
    const damages: Record<string, [(text: string) => void, RegExp]> = {
      missing: [(text) => rmSync(text), /the text file is missing/],
      'changed in place': [
        (text) => writeFileSync(text, 'Mike Pompeo!'),
        /the text does not match its hash/,
      ],
      'not UTF-8': [
        (text) => writeFileSync(text, Buffer.from([0xff, 0xfe])),
        /the text is not valid UTF-8/,
      ],
      'a link to /dev/zero': [
        (text) => {
          rmSync(text);
          symlinkSync('/dev/zero', text);
        },
        /is a symbolic link/,
      ],
      'a folder': [
        (text) => {
          rmSync(text);
          mkdirSync(text);
        },
        /is not a regular file \(a folder\)/,
      ],
    };
    for (const [damage, [plant, reason]] of Object.entries(damages)) {
      const { dir, folder } = await twoDocuments();
      await folder.commit({ layers: [{ layer: layerOf(folder, 'a', [span(0, 4)]) }] });
      plant(join(dir, 'documents', 'a.txt'));
      const before = snapshotFolder(dir);
      const edit = folder.commit({
        layers: [
          { layer: layerOf(folder, 'b', [span(0, 4)]) },
          { layer: layerOf(folder, 'a', [span(0, 4), span(5, 11)]) },
        ],
      });
      await expect(edit, damage).rejects.toThrow(
        new RegExp(`^documents/a\\.txt: ${reason.source}.*Nothing was saved`),
      );
      expect(snapshotFolder(dir), damage).toEqual(before);
    }
  });
});
