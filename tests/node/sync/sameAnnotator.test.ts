import { afterEach, describe, expect, it } from 'vitest';
import { ProjectFolder } from '../../../src/node';
import { annotate, projectFiles, startTeam, type Member } from './team';

const opened: Member[] = [];
afterEach(async () => {
  for (const m of opened.splice(0)) await m.wb.close();
});

/** alice on her desktop and on her laptop: two clones, one annotator. */
async function twoMachines(): Promise<[Member, Member]> {
  const { members } = await startTeam(['alice', 'laptop']);
  opened.push(...members);
  const [desk, laptop] = members as [Member, Member];
  await laptop.wb.updateSettings({ annotator: 'alice' });
  return [desk, laptop];
}

async function spansOf(member: Member, documentId: string) {
  const store = await ProjectFolder.open(member.dir);
  return (await store.readLayer(documentId, 'alice')).spans
    .map((s) => `${s.label} ${s.fragments[0]?.start}-${s.fragments[0]?.end}`)
    .sort();
}

describe('one annotator on two machines', () => {
  it('unites the edits made on each machine by span id', async () => {
    const [desk, laptop] = await twoMachines();
    await annotate(desk, 'a', 'Baghdad', 'GPE');
    await desk.wb.sync({});
    await laptop.wb.sync({});
    await annotate(desk, 'a', 'Mike Pompeo');
    await annotate(laptop, 'a', 'Adel Abdul-Mahdi');
    await annotate(laptop, 'b', 'Iraq', 'GPE');
    const first = await desk.wb.sync({});
    const second = await laptop.wb.sync({});
    await desk.wb.sync({});
    expect(first.status.conflicts).toEqual([]);
    expect(second.status.conflicts).toEqual([]);
    expect(await spansOf(desk, 'a')).toEqual(['GPE 36-43', 'PERSON 0-16', 'PERSON 21-32']);
    expect(await spansOf(laptop, 'b')).toEqual(['GPE 44-48']);
    expect(await projectFiles(desk.dir)).toEqual(await projectFiles(laptop.dir));
  }, 120_000);

  it('surfaces one span relabeled two ways like any conflict, and a person settles it', async () => {
    const [desk, laptop] = await twoMachines();
    const spanId = await annotate(desk, 'a', 'Adel Abdul-Mahdi');
    await desk.wb.sync({});
    await laptop.wb.sync({});
    await desk.wb.updateSpan({ documentId: 'a', spanId, label: 'ORG' });
    await laptop.wb.updateSpan({ documentId: 'a', spanId, label: 'GPE' });
    await desk.wb.sync({});
    const report = await laptop.wb.sync({});
    expect(report.status.conflicts).toMatchObject([
      {
        kind: 'layer',
        subject: 'alice/a',
        field: ['spans', spanId, 'label'],
        base: 'PERSON',
        values: [
          { annotator: 'alice', value: 'GPE' },
          { annotator: 'alice', value: 'ORG' },
        ],
      },
    ]);
    const [conflict] = report.status.conflicts;
    await laptop.wb.resolveConflict({ conflictId: conflict!.id, value: 'ORG' });
    await laptop.wb.sync({});
    await desk.wb.sync({});
    expect(await spansOf(desk, 'a')).toEqual(['ORG 0-16']);
    expect((await desk.wb.syncStatus({})).conflicts).toEqual([]);
  }, 120_000);
});
