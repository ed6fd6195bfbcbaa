import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectFolder } from '../../../src/node/store';
import { projectWith } from '../../helpers/tempProject';

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
