import assert from 'node:assert/strict';
import type { Workbench } from '../../../src/node';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { rejectsWith } from './faultAssertions';
import type { FaultCheck } from './faultCheck';
import { faultProject, openWorkbench } from './faultProject';
import { errnoError, withFsTrap } from './fsTrap';
import { assertProjectValid, addPerson } from './workbenchEdits';

/** Two entities, the first linked from spans in two documents: merging it touches two entity files and two layers. */
async function twoDocumentMerge(workbench: Workbench): Promise<{ from: string; into: string }> {
  const inAp = await addPerson(workbench, 'ap', 0, 7);
  const inRudaw = await addPerson(workbench, 'rudaw', 0, 16);
  await workbench.createEntity({
    name: 'Adel Abdul-Mahdi',
    type: 'PERSON',
    link: { documentId: 'ap', spanId: inAp },
  });
  await workbench.createEntity({ name: 'Abdel Mahdi', type: 'PERSON' });
  const byName = new Map((await workbench.listEntities({})).map((e) => [e.name, e.id]));
  const from = byName.get('Adel Abdul-Mahdi') as string;
  await workbench.updateSpan({ documentId: 'rudaw', spanId: inRudaw, entityId: from });
  return { from, into: byName.get('Abdel Mahdi') as string };
}

/** The rudaw layer's writes: a temporary sibling (room reserved, a snapshot) or its journal itself. */
const isRudawLayerWrite = (path: string): boolean =>
  /\/annotations\/tester\/(\.rudaw\.json\.|\.rudaw\.journal\.jsonl\.|rudaw\.journal\.jsonl$)/.test(
    path,
  );

/** ENOSPC in the middle of an edit that writes several files. */
export const transactionDiskChecks: FaultCheck[] = [
  {
    name: "a full disk at the rudaw layer's journal append, after the entity files and the other layer were written: all of it is rolled back, the project is byte-identical",
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const merge = await twoDocumentMerge(workbench);
      const before = snapshotFolder(project.dir);
      let failed = false;
      await withFsTrap(
        (call) => {
          if (call.op !== 'write' || failed || !call.path.endsWith('/rudaw.journal.jsonl')) return;
          failed = true;
          throw errnoError('ENOSPC', 'write', call.path);
        },
        () => rejectsWith(workbench.mergeEntities(merge), 'io', /disk is full/),
      );
      assert.ok(failed, 'the merge never appended to the rudaw journal');
      assert.deepEqual(snapshotFolder(project.dir), before);
      await workbench.mergeEntities(merge);
      await assertProjectValid(project.dir);
    },
  },
  {
    name: 'a full disk midway through a two-document merge (once): the files already written are rolled back, the project is byte-identical',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const merge = await twoDocumentMerge(workbench);
      const before = snapshotFolder(project.dir);
      let failed = false;
      await withFsTrap(
        (call) => {
          if (call.op !== 'write' || failed || !isRudawLayerWrite(call.path)) return;
          failed = true;
          throw errnoError('ENOSPC', 'write', call.path);
        },
        () => rejectsWith(workbench.mergeEntities(merge), 'io', /disk is full/),
      );
      assert.deepEqual(snapshotFolder(project.dir), before);
      await workbench.mergeEntities(merge);
      await assertProjectValid(project.dir);
    },
  },
  {
    name: 'a disk that stays full midway through a two-document merge: the failed edit is not left half-applied',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const merge = await twoDocumentMerge(workbench);
      const before = snapshotFolder(project.dir);
      let full = false;
      await withFsTrap(
        (call) => {
          if (call.op === 'write' && isRudawLayerWrite(call.path)) full = true;
          if (full && call.op === 'write') throw errnoError('ENOSPC', 'write', call.path);
        },
        () => rejectsWith(workbench.mergeEntities(merge), 'io'),
      );
      await assertProjectValid(project.dir);
      assert.deepEqual(
        snapshotFolder(project.dir),
        before,
        'the failed merge left some of its files written',
      );
    },
  },
];
