import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths, writeExportFiles } from '../../../src/node';
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
  it('counts what CoNLL cannot express: a span inside a token expanded, an overlapping span dropped', async () => {
    const { store } = await projectWithSpans();
    const { summary, result } = await exportProject(store, {
      format: 'conll',
      annotator: 'gold',
    });
    expect(summary).toMatchObject({ documents: 10, annotator: 'gold' });
    expect(summary.notExpressed).toMatchObject({
      'span expanded to token boundaries': 1,
      'overlapping span dropped (kept the longest, then the earliest)': 1,
    });
    expect(summary.warnings.join('\n')).toMatch(/1 × span expanded to token boundaries/);
    expect(result.files[0]?.content).toMatch(/^Mike\tB-PERSON\nPompeo\tI-PERSON\n/m);
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
});
