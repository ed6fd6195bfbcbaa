import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectWith, tempDir } from '../../helpers/tempProject';

const upload = (name: string, content: string) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

describe('import and export through the contract', () => {
  it('previews and imports brat files into the local user’s layer, then previews and writes an export', async () => {
    const { workbench, dir } = await projectWith({ 'a.txt': 'IBM hired Ana in Baghdad.' });
    const files = [
      upload('a.txt', 'IBM hired Ana in Baghdad.'),
      upload('a.ann', 'T1\tORG 0 3\tIBM\nT2\tPERSON 10 13\tAna\n'),
    ];
    const preview = await workbench.previewImport({ files, format: 'auto' });
    expect(preview.summary?.documents).toEqual([
      {
        name: 'a.txt',
        documentId: 'a',
        annotator: 'tester',
        outcome: 'attached',
        spans: 2,
        stances: 0,
      },
    ]);
    await workbench.importFiles({ files, format: 'brat' });
    expect(
      (await workbench.openDocument({ documentId: 'a' })).layer.spans.map((s) => s.label),
    ).toEqual(['ORG', 'PERSON']);

    const exportPreview = await workbench.previewExport({
      format: 'spans-jsonl',
      annotator: 'tester',
    });
    expect(exportPreview.summary).toMatchObject({ documents: 1, spans: 2 });
    expect(exportPreview.files[0]?.head).toMatch(/"label":"ORG"|"label": "ORG"/);
    const written = await workbench.exportProject({
      format: 'spans-jsonl',
      annotator: 'tester',
      out: 'spans.jsonl',
    });
    const out = join(dir, 'exports', 'spans.jsonl');
    expect(written.out).toBe(out);
    expect(readFileSync(out, 'utf8')).toBe(exportPreview.files[0]?.head);
    const download = await workbench.exportProject({ format: 'brat', annotator: 'tester' });
    expect(download.files.map((f) => [f.path, f.content])).toEqual([
      ['a.txt', 'IBM hired Ana in Baghdad.'],
      ['a.ann', expect.stringMatching(/^T1\tORG 0 3\tIBM\n/)],
      ['annotation.conf', expect.stringMatching(/\[entities\]\nORG\nPERSON\n/)],
      ['visual.conf', expect.stringMatching(/\[drawing\]\n/)],
    ]);
  });

  it('refuses an export of overlapping spans naming the document by place and title, the spans as data', async () => {
    const { workbench } = await projectWith({
      'a.txt': 'Prime Minister Adel Abdul-Mahdi of Iraq spoke.',
    });
    const files = [
      upload('a.txt', 'Prime Minister Adel Abdul-Mahdi of Iraq spoke.'),
      upload(
        'a.ann',
        'T1\tPERSON 15 31\tAdel Abdul-Mahdi\nT2\tMISC 0 31\tPrime Minister Adel Abdul-Mahdi\n',
      ),
    ];
    await workbench.importFiles({ files, format: 'brat' });
    const refused = await workbench.previewExport({ format: 'conll', annotator: 'tester' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(
        /^document 1 of 1, “Prime Minister Adel Abdul-Mahdi of Iraq spoke\.” \[a\]: overlapping spans cannot be written as IOB tags \(1 pair\): MISC \[0,31\) "Prime Minister Adel Abdul-Mahdi" and PERSON \[15,31\) "Adel Abdul-Mahdi"/,
      ),
      details: {
        overlaps: {
          document: 'document 1 of 1, “Prime Minister Adel Abdul-Mahdi of Iraq spoke.”',
          total: 1,
          pairs: [
            [
              { label: 'MISC', text: 'Prime Minister Adel Abdul-Mahdi' },
              { label: 'PERSON', text: 'Adel Abdul-Mahdi' },
            ],
          ],
        },
      },
    });
  });

  it('refuses a bad batch with its file and line, and an export name that is a path', async () => {
    const { workbench, dir } = await projectWith({ 'a.txt': 'IBM' });
    await expect(
      workbench.importFiles({
        files: [upload('a.txt', 'IBM'), upload('a.ann', 'T1\tORG 0 3\tIBN\n')],
        format: 'auto',
      }),
    ).rejects.toThrow(/a\.ann:1: T1: text disagrees/);
    for (const out of [
      join(dir, 'x.json'),
      '/etc/x.json',
      '../x.json',
      '..',
      '.hidden',
      'a/b.json',
      'a\\b.json',
      'C:x.json',
    ]) {
      await expect(
        workbench.exportProject({ format: 'loupe', annotator: 'tester', out }),
      ).rejects.toThrow(/plain file or folder name/);
    }
    expect(existsSync(join(dir, 'exports'))).toBe(false);
  });
});

describe('exportArchive', () => {
  it('gives every file of a multi-file export in one zip that Python’s zipfile reads back byte for byte', async () => {
    const { workbench } = await projectWith({
      'a.txt': 'IBM hired Ana in Baghdad.',
      'b.txt': 'Ana 😀',
    });
    await workbench.importFiles({
      files: [
        upload('a.txt', 'IBM hired Ana in Baghdad.'),
        upload('a.ann', 'T1\tORG 0 3\tIBM\nT2\tPERSON 10 13\tAna\n'),
      ],
      format: 'auto',
    });
    const archive = await workbench.exportArchive({ format: 'brat', annotator: 'tester' });
    const expected = await workbench.exportProject({ format: 'brat', annotator: 'tester' });
    expect(archive.name).toBe('loupe-brat-tester.zip');
    expect(archive.files.map((f) => f.path)).toEqual(expected.files.map((f) => f.path));
    const dir = tempDir();
    const zip = join(dir, archive.name);
    writeFileSync(zip, Buffer.from(archive.base64, 'base64'));
    const listed = spawnSync(
      'python3',
      [
        '-c',
        'import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))',
        zip,
      ],
      { encoding: 'utf8' },
    );
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual(
      Object.fromEntries(expected.files.map((f) => [f.path, f.content])),
    );
    expect(expected.files).toHaveLength(6);
  });
});

describe('progress and cancel for clients without a progress channel', () => {
  it('reports a long import’s progress while it runs, and a cancel leaves the project as it was', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'IBM' });
    const files = Array.from({ length: 1500 }, (_, i) =>
      upload(`doc-${i}.txt`, `Report ${i} from Baghdad. `.repeat(20)),
    );
    expect(await workbench.interchangeProgress({})).toEqual({ running: false });
    const running = workbench.importFiles({ files, format: 'txt' });
    const seen: string[] = [];
    for (;;) {
      const progress = await workbench.interchangeProgress({});
      if (progress.running && progress.phase) seen.push(progress.phase);
      if (progress.phase === 'writing' && (progress.done ?? 0) > 10) break;
      if (!progress.running && seen.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(seen).toContain('planning');
    expect(await workbench.cancelInterchange({})).toEqual({ cancelled: true });
    await expect(running).rejects.toThrow(/cancelled: nothing was imported/);
    expect((await workbench.listDocuments({})).map((d) => d.name)).toEqual(['a.txt']);
    expect(await workbench.interchangeProgress({})).toEqual({ running: false });
  }, 60_000);
});
