import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { ProjectFolder } from '../../../src/node/store';
import { MAX_JOURNAL_RECORD_BYTES } from '../../../src/node/store/journalRecords';
import { projectWith, tempDir } from '../../helpers/tempProject';

const TEXT = 'Mike Pompeo met Adel Abdul-Mahdi in Baghdad on Friday.';

function files(dir: string) {
  const folder = join(dir, 'annotations', 'tester');
  const journal = join(folder, 'a.journal.jsonl');
  return {
    snapshot: () => readFileSync(join(folder, 'a.json'), 'utf8'),
    journal: () => (existsSync(journal) ? readFileSync(journal, 'utf8') : null),
  };
}

async function spansOnDisk(dir: string): Promise<string[]> {
  const store = await ProjectFolder.open(dir);
  return (await store.readLayer('a', 'tester')).spans.map((s) => s.label).sort();
}

describe('LayerFiles: snapshot and journal', () => {
  it('writes a new layer as a snapshot, then appends one journal line per edit and leaves the snapshot alone', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': TEXT });
    const on = files(dir);
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 11 }],
    });
    const snapshot = on.snapshot();
    expect(on.journal()).toBeNull();
    await workbench.addSpan({ documentId: 'a', label: 'GPE', fragments: [{ start: 36, end: 43 }] });
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 16, end: 32 }],
    });
    expect(on.snapshot()).toBe(snapshot);
    expect(on.journal()?.split('\n').filter(Boolean)).toHaveLength(2);
    expect(on.journal()).toMatch(/^\{"seq":1,.*\t[0-9a-f]{8}\n\{"seq":2,.*\t[0-9a-f]{8}\n$/s);
    expect(await spansOnDisk(dir)).toEqual(['GPE', 'PERSON', 'PERSON']);
    await workbench.close();
    expect(on.journal()).toBeNull();
    expect(on.snapshot()).toContain('\n  "journalSeq": 2,\n');
    expect(await spansOnDisk(dir)).toEqual(['GPE', 'PERSON', 'PERSON']);
  });

  it('folds the journal into the snapshot in the background once it passes 64 KiB', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': TEXT });
    const on = files(dir);
    const added = await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 11 }],
    });
    const spanId = added.changes[0]?.upserted[0]?.id as string;
    for (let i = 0; i < 4; i++)
      await workbench.updateSpan({ documentId: 'a', spanId, note: `${i}`.repeat(20_000) });
    await workbench.store.flush();
    expect(on.journal()).toBeNull();
    expect(on.snapshot()).toContain(`"note":"${'3'.repeat(20_000)}"`);
    await workbench.updateSpan({ documentId: 'a', spanId, note: 'short' });
    expect(on.journal()).toMatch(/^\{"seq":5,/);
    const store = await ProjectFolder.open(dir);
    expect((await store.readLayer('a', 'tester')).spans[0]?.note).toBe('short');
  });

  it('writes an edit whose record would be longer than a journal record may be as a new snapshot', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': TEXT });
    const on = files(dir);
    await workbench.addSpan({ documentId: 'a', label: 'GPE', fragments: [{ start: 36, end: 43 }] });
    // A control character is six bytes in JSON (\u0001): 30 such notes make an 18 MB record.
    const note = '\u0001'.repeat(100_000);
    const items = Array.from({ length: 30 }, (_, i) => ({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: i, end: i + 1 }],
      note,
    }));
    await workbench.addSpans({ items });
    expect(on.journal()).toBeNull();
    expect(on.snapshot().length).toBeGreaterThan(MAX_JOURNAL_RECORD_BYTES);
    expect(await spansOnDisk(dir)).toHaveLength(31);
    await workbench.close();
  });
});

describe('validation of a layer with a journal', () => {
  it('names the journal and the line of a damaged record before the last, and a journal left without its snapshot', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': TEXT, 'b.txt': 'Another text.' });
    for (const [start, end] of [
      [0, 11],
      [16, 32],
      [36, 43],
    ] as const)
      await workbench.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start, end }] });
    const journal = join(dir, 'annotations', 'tester', 'a.journal.jsonl');
    const intact = readFileSync(journal, 'utf8');
    const lines = intact.split('\n');
    lines[0] = lines[0]!.replace('PERSON', 'PERSOM');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(journal, lines.join('\n'));
    writeFileSync(join(dir, 'annotations', 'tester', 'b.journal.jsonl'), intact);
    const { validateProject } = await import('../../../src/node');
    const report = await validateProject(await ProjectFolder.open(dir));
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'annotations/tester/a.journal.jsonl',
          line: 1,
          reason: expect.stringMatching(/damaged/),
        }),
        expect.objectContaining({
          file: 'annotations/tester/b.json',
          reason: expect.stringMatching(/missing while its journal holds edits/),
        }),
      ]),
    );
  });
});

describe('a journal whose tail no crash could leave', () => {
  it('is named by validate, refuses edits of its layer and is left as it is, NUL bytes and all', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': TEXT });
    await workbench.addSpan({ documentId: 'a', label: 'GPE', fragments: [{ start: 36, end: 43 }] });
    await workbench.close();
    const journal = join(dir, 'annotations', 'tester', 'a.journal.jsonl');
    const size = 20 * 1024 * 1024;
    writeFileSync(journal, '');
    truncateSync(journal, size); // a journal of NUL bytes
    const again = await createWorkbench(dir, { userFolder: tempDir() });
    await again.updateSettings({ annotator: 'tester' });
    const report = await again.validateProject({});
    expect(report.problems).toEqual([
      {
        file: 'annotations/tester/a.journal.jsonl',
        line: 1,
        reason: expect.stringMatching(
          new RegExp(
            `^ends in ${size} bytes that are no record Loupe writes \\(they are longer than any record`,
          ),
        ),
      },
    ]);
    const edit = await again.invoke('addSpan', {
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 11 }],
    });
    expect(edit).toMatchObject({
      ok: false,
      error: {
        code: 'damaged_file',
        message: expect.stringMatching(/a\.journal\.jsonl:1: .*Loupe leaves the file as it is/),
      },
    });
    await again.close();
    expect(statSync(journal).size).toBe(size);
    expect(readFileSync(journal).equals(Buffer.alloc(size))).toBe(true);
  });
});

describe('a read-only journal (mode 444)', () => {
  it('is left as it is: no append, no new snapshot over it, not folded on close, and said so', async () => {
    const { chmodSync } = await import('node:fs');
    const { dir, workbench } = await projectWith({ 'a.txt': TEXT });
    const on = files(dir);
    const add = (start: number, end: number) =>
      workbench.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start, end }] });
    await add(0, 4);
    await add(5, 11);
    const journal = join(dir, 'annotations', 'tester', 'a.journal.jsonl');
    const [snapshot, lines] = [on.snapshot(), on.journal()];
    expect(lines).not.toBeNull();
    chmodSync(journal, 0o444);
    await expect(add(16, 20)).rejects.toMatchObject({
      code: 'read_only',
      message: expect.stringMatching(
        /^annotations\/tester\/a\.journal\.jsonl: is read-only \(mode 444\)/,
      ),
    });
    await workbench.close(); // a command that failed closes its project
    expect([on.snapshot(), on.journal()]).toEqual([snapshot, lines]);
    expect(statSync(journal).mode & 0o777).toBe(0o444);
    expect(workbench.store.journalsLeft()).toEqual([
      expect.stringMatching(
        /^annotations\/tester\/a\.journal\.jsonl: is read-only \(mode 444\): Loupe left it as it is/,
      ),
    ]);
    expect(await spansOnDisk(dir)).toEqual(['PERSON', 'PERSON']);
  });
});
