import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths, writeExportFiles } from '../../../src/node';
import { ProjectFolder } from '../../../src/node/store';
import { tempDir } from '../../helpers/tempProject';
import { emptyProject, folderWith, into } from './build';

async function projectWithSpans() {
  const project = await emptyProject();
  const records = [
    {
      text: 'Mike Pompeo met Adel Abdul-Mahdi.',
      spans: [
        { start: 0, end: 11, label: 'PERSON' },
        { start: 5, end: 11, label: 'MISC' },
        { start: 16, end: 19, label: 'PERSON' },
      ],
    },
    ...Array.from({ length: 9 }, (_, i) => ({
      text: `Report ${i} from Baghdad.`,
      spans: [{ start: 0, end: 6, label: 'MISC' }],
    })),
  ];
  const dir = folderWith({ 'a.jsonl': records.map((r) => JSON.stringify(r)).join('\n') });
  await importPaths(project.store, [dir], into('gold'));
  return project;
}

describe('exportProject', () => {
  it('refuses overlapping spans in CoNLL by default, naming them; --overlaps longest keeps one and counts the other', async () => {
    const { store } = await projectWithSpans();
    await expect(exportProject(store, { format: 'conll', annotator: 'gold' })).rejects.toThrow(
      /overlapping spans cannot be written as IOB tags \(1 pair\): PERSON \[0,11\) "Mike Pompeo" and MISC \[5,11\) "Pompeo"/,
    );
    const { summary, result } = await exportProject(store, {
      format: 'conll',
      annotator: 'gold',
      overlaps: 'longest',
    });
    expect(summary).toMatchObject({ documents: 10, annotator: 'gold' });
    expect(summary.notExpressed).toEqual({
      'overlapping span dropped (--overlaps longest: kept the longest, then the earliest)': 1,
    });
    // "Adel" [16,19) stops inside the token: the token is cut at the span's edge
    expect(result.files[0]?.content).toMatch(
      /^Mike -X- _ B-PERSON\nPompeo -X- _ I-PERSON\nmet -X- _ O\nAde -X- _ B-PERSON\nl -X- _ O\n/m,
    );
  });

  it('exports only the labels asked for, and refuses a label the project does not know', async () => {
    const { store } = await projectWithSpans();
    const { summary } = await exportProject(store, {
      format: 'conll',
      annotator: 'gold',
      labels: ['PERSON'],
    });
    expect(summary.spans).toBe(2);
    expect(summary.notExpressed).toEqual({ 'span left out by --labels': 10 });
    await expect(
      exportProject(store, { format: 'hf', annotator: 'gold', labels: ['PERSN'] }),
    ).rejects.toThrow(/--labels: unknown label PERSN; the project's labels are .*PERSON/);
  });

  it('splits by document deterministically: the same seed gives the same files', async () => {
    const { store } = await projectWithSpans();
    const first = await exportProject(store, {
      format: 'spans-jsonl',
      annotator: 'gold',
      split: '80/10/10',
      seed: 3,
    });
    const again = await exportProject(store, {
      format: 'spans-jsonl',
      annotator: 'gold',
      split: '80/10/10',
      seed: 3,
    });
    expect(first.result.files.map((f) => f.path)).toEqual([
      'train/spans.jsonl',
      'dev/spans.jsonl',
      'test/spans.jsonl',
    ]);
    expect(first.result.files.map((f) => f.content.split('\n').filter(Boolean).length)).toEqual([
      8, 1, 1,
    ]);
    expect(again.result.files).toEqual(first.result.files);
  });

  it('leaves out documents not marked done with onlyDone, and says so', async () => {
    const { store } = await projectWithSpans();
    const [first] = store.listDocuments();
    const layer = await store.readLayer(first?.id ?? '', 'gold');
    await store.commit({ layers: [{ layer: { ...layer, status: 'done' } }] });
    const { summary } = await exportProject(store, {
      format: 'loupe',
      annotator: 'gold',
      onlyDone: true,
    });
    expect(summary.documents).toBe(1);
    expect(summary.warnings).toContain('9 document(s) not marked done were left out');
  });

  it('refuses an export of nothing: no document done, or a layer no one wrote', async () => {
    const { store } = await projectWithSpans();
    await expect(
      exportProject(store, { format: 'conll', annotator: 'gold', onlyDone: true }),
    ).rejects.toThrow(
      'nothing to export: none of the 10 document(s) is marked done in the gold layer (mark them done, or export without --only-done)',
    );
    // A name mistyped would otherwise give every text with no span, as a training set.
    await expect(exportProject(store, { format: 'conll', annotator: 'amria' })).rejects.toThrow(
      'nothing to export: amria has no annotations in this project; the annotators with layers are gold',
    );
  });

  it('refuses a gold export before anything was adjudicated, saying how to adjudicate', async () => {
    const project = await emptyProject();
    const dir = folderWith({
      'a.jsonl': JSON.stringify({
        text: 'Mike Pompeo',
        spans: [{ start: 0, end: 11, label: 'PERSON' }],
      }),
    });
    await importPaths(project.store, [dir], into('amira'));
    await expect(
      exportProject(project.store, { format: 'spans-jsonl', annotator: 'gold' }),
    ).rejects.toThrow(
      'nothing to export: no gold layer in this project yet; adjudicate first (Review in the app, or loupe adjudicate); the annotators with layers are amira',
    );
  });
});

describe('writeExportFiles', () => {
  it('writes one file in place, or a folder of files', async () => {
    const out = tempDir();
    await writeExportFiles(join(out, 'train.jsonl'), [{ path: 'spans.jsonl', content: '{}\n' }]);
    expect(readFileSync(join(out, 'train.jsonl'), 'utf8')).toBe('{}\n');
    await writeExportFiles(join(out, 'brat'), [
      { path: 'a.txt', content: 'IBM' },
      { path: 'a.ann', content: 'T1\tORG 0 3\tIBM\n' },
    ]);
    expect(readdirSync(join(out, 'brat')).sort()).toEqual(['a.ann', 'a.txt']);
  });

  it('leaves no partial output when cancelled, and refuses names that leave the folder', async () => {
    const out = tempDir();
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeExportFiles(
        join(out, 'brat'),
        [
          { path: 'a.txt', content: 'x' },
          { path: 'a.ann', content: '' },
        ],
        controller.signal,
      ),
    ).rejects.toThrow();
    expect(readdirSync(out)).toEqual([]);
    await expect(
      writeExportFiles(join(out, 'x'), [
        { path: '../evil.txt', content: 'x' },
        { path: 'b', content: '' },
      ]),
    ).rejects.toThrow(/would leave the folder/);
    expect(existsSync(join(out, 'evil.txt'))).toBe(false);
  });

  it('replaces the files of a folder that exists, leaving nothing beside them, or nothing changed when cancelled', async () => {
    const out = tempDir();
    const folder = join(out, 'hf');
    await writeExportFiles(folder, [{ path: 'hf.jsonl', content: 'old\n' }]);
    await writeExportFiles(folder, [
      { path: 'hf.jsonl', content: 'new\n' },
      { path: 'train/hf.jsonl', content: 'train\n' },
    ]);
    expect(readdirSync(folder).sort()).toEqual(['hf.jsonl', 'train']);
    expect(readFileSync(join(folder, 'hf.jsonl'), 'utf8')).toBe('new\n');
    expect(readFileSync(join(folder, 'train', 'hf.jsonl'), 'utf8')).toBe('train\n');
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeExportFiles(
        folder,
        [
          { path: 'dev/hf.jsonl', content: 'x' },
          { path: 'hf.jsonl', content: 'x' },
        ],
        controller.signal,
      ),
    ).rejects.toThrow();
    expect(readdirSync(folder).sort()).toEqual(['hf.jsonl', 'train']);
    expect(readFileSync(join(folder, 'hf.jsonl'), 'utf8')).toBe('new\n');
  });

  it('refuses to export while a document of the project cannot be read, instead of leaving it out', async () => {
    const { store } = await projectWithSpans();
    const [damaged] = readdirSync(join(store.dir, 'documents')).filter((n) => n.endsWith('.json'));
    writeFileSync(join(store.dir, 'documents', damaged ?? ''), '{"id": "broken"');
    const reopened = await ProjectFolder.open(store.dir);
    await expect(
      exportProject(reopened, { format: 'spans-jsonl', annotator: 'gold' }),
    ).rejects.toThrow(`documents/${damaged}`);
    await expect(exportProject(reopened, { format: 'conll', annotator: 'gold' })).rejects.toThrow(
      /an export now would leave documents out/,
    );
  });

  it('refuses to export when a file stands where documents/ should be', async () => {
    const { store } = await projectWithSpans();
    renameSync(join(store.dir, 'documents'), join(store.dir, 'moved'));
    writeFileSync(join(store.dir, 'documents'), 'not a folder');
    const reopened = await ProjectFolder.open(store.dir);
    await expect(
      exportProject(reopened, { format: 'spans-jsonl', annotator: 'gold' }),
    ).rejects.toThrow(/documents: is a file where Loupe keeps a folder/);
  });
});
