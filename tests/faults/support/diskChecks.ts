import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { rename, rm, unlink, writeFile } from 'node:fs/promises';

import { projectLayout } from '../../../src/node';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { faultProject, openWorkbench } from './faultProject';
import { rejectsWith, tempFilesUnder } from './faultAssertions';
import type { FaultCheck } from './faultCheck';
import { errnoError, withFsTrap } from './fsTrap';
import { isInside, makeReadOnly } from './readOnlyFolder';
import { addPerson, assertProjectValid, spanIdsOnDisk } from './workbenchEdits';

/** Read-only folders: every write fails with read_only, nothing changes, and the workbench recovers. */
export const readOnlyChecks: FaultCheck[] = [
  {
    name: 'a read-only project folder (chmod, or EACCES simulated as root): edits fail with read_only, nothing changes, edits work once writable',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const kept = await addPerson(workbench, 'ap', 0, 7);
      const before = snapshotFolder(project.dir);
      const readOnly = await makeReadOnly(project.dir, 'EACCES');
      try {
        await rejectsWith(addPerson(workbench, 'ap', 8, 12), 'read_only', /cannot write/);
        await rejectsWith(
          workbench.setStatus({ documentId: 'rudaw', status: 'done' }),
          'read_only',
        );
        await rejectsWith(workbench.createEntity({ name: 'Iraq', type: 'GPE' }), 'read_only');
      } finally {
        await readOnly.restore();
      }
      assert.deepEqual(
        snapshotFolder(project.dir),
        before,
        `${readOnly.mode}: the project changed`,
      );
      const added = await addPerson(workbench, 'ap', 8, 12);
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'ap'), [kept, added].sort());
      await workbench.undo({});
      assert.deepEqual(
        await spanIdsOnDisk(project.dir, 'ap'),
        [kept],
        'a failed edit must not enter the undo history',
      );
      await assertProjectValid(project.dir);
    },
  },
  {
    name: 'a read-only file system (EROFS simulated): edits fail with read_only and the project is byte-identical',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      await addPerson(workbench, 'rudaw', 0, 4);
      const before = snapshotFolder(project.dir);
      const readOnly = await makeReadOnly(project.dir, 'EROFS');
      try {
        await rejectsWith(addPerson(workbench, 'rudaw', 5, 9), 'read_only');
        await rejectsWith(workbench.undo({}), 'read_only');
      } finally {
        await readOnly.restore();
      }
      assert.deepEqual(snapshotFolder(project.dir), before);
      await workbench.undo({});
      assert.deepEqual(
        await spanIdsOnDisk(project.dir, 'rudaw'),
        [],
        'the undo refused while read-only runs once writable',
      );
    },
  },
  {
    name: 'a read-only user folder: changing the annotator fails with read_only and keeps the old settings',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const readOnly = await makeReadOnly(project.userFolder, 'EACCES');
      try {
        await rejectsWith(workbench.updateSettings({ annotator: 'amira' }), 'read_only');
      } finally {
        await readOnly.restore();
      }
      assert.equal((await workbench.getSettings({})).annotator, 'tester');
      await addPerson(workbench, 'ap', 0, 7);
      assert.equal((await spanIdsOnDisk(project.dir, 'ap')).length, 1);
    },
  },
];

/** ENOSPC where the adapter writes or syncs: an io error, the old file intact, no temp file. */
export const fullDiskChecks: FaultCheck[] = ['write', 'sync'].map((op) => ({
  name: `a full disk (ENOSPC on ${op}): the edit fails with io, the old layer is intact, no temp file is left, the next edit works`,
  async run() {
    const project = await faultProject();
    const workbench = await openWorkbench(project);
    const kept = await addPerson(workbench, 'scrape', 0, 7);
    const before = snapshotFolder(project.dir);
    await withFsTrap(
      (call) => {
        if (call.op === op && isInside(call.path, project.dir))
          throw errnoError('ENOSPC', op, call.path);
      },
      () => rejectsWith(addPerson(workbench, 'scrape', 8, 14), 'io', /disk is full/),
    );
    assert.deepEqual(snapshotFolder(project.dir), before);
    assert.deepEqual(await tempFilesUnder(project.dir), []);
    const added = await addPerson(workbench, 'scrape', 8, 14);
    assert.deepEqual(await spanIdsOnDisk(project.dir, 'scrape'), [kept, added].sort());
    await assertProjectValid(project.dir);
  },
}));

/** Files that change underneath an open workbench. */
export const underneathChecks: FaultCheck[] = [
  {
    name: 'a layer file deleted underneath while open: the next edit writes the whole layer again from the open copy (acknowledged spans kept)',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const first = await addPerson(workbench, 'ap', 0, 7);
      await unlink(projectLayout.layer(project.dir, 'tester', 'ap'));
      const second = await addPerson(workbench, 'ap', 8, 12);
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'ap'), [first, second].sort());
      await assertProjectValid(project.dir);
    },
  },
  {
    name: 'the annotator folder replaced by a file: the edit fails with io, the file is untouched, edits work once it is gone',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const first = await addPerson(workbench, 'ap', 0, 7);
      const folder = projectLayout.annotatorFolder(project.dir, 'tester');
      await rm(folder, { recursive: true });
      await writeFile(folder, 'not a folder');
      await rejectsWith(addPerson(workbench, 'ap', 8, 12), 'io');
      await unlink(folder);
      const second = await addPerson(workbench, 'ap', 8, 12);
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'ap'), [first, second].sort());
    },
  },
  {
    name: "a document's text deleted before it is read: opening it fails with io naming the file; the others open; restored, it opens",
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const text = projectLayout.text(project.dir, 'rudaw');
      await rename(text, `${text}.away`);
      await rejectsWith(
        workbench.openDocument({ documentId: 'rudaw' }),
        'io',
        /documents\/rudaw\.txt/,
      );
      assert.equal((await workbench.openDocument({ documentId: 'ap' })).document.id, 'ap');
      await rename(`${text}.away`, text);
      assert.equal((await workbench.openDocument({ documentId: 'rudaw' })).document.id, 'rudaw');
    },
  },
  {
    name: 'a transient read error (EIO) on a layer: io now, and the document opens once the disk recovers',
    async run() {
      const project = await faultProject();
      await addPerson(await openWorkbench(project), 'ap', 0, 7);
      const workbench = await openWorkbench(project);
      const layer = projectLayout.layer(project.dir, 'tester', 'ap');
      await withFsTrap(
        (call) => {
          if ((call.op === 'readFile' || call.op === 'open') && call.path === layer)
            throw errnoError('EIO', 'read', call.path);
        },
        () => rejectsWith(workbench.openDocument({ documentId: 'ap' }), 'io'),
      );
      assert.equal((await workbench.openDocument({ documentId: 'ap' })).layer.spans.length, 1);
      assert.deepEqual((await workbench.getProject({})).problems, []);
    },
  },
  {
    name: 'the project folder moved away while open: an edit fails with io instead of recreating a partial project at the old path',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      await addPerson(workbench, 'ap', 0, 7);
      await rename(project.dir, `${project.dir}-moved`);
      await rejectsWith(addPerson(workbench, 'rudaw', 0, 4), 'io');
      await rejectsWith(workbench.createEntity({ name: 'Iraq', type: 'GPE' }), 'io');
      assert.equal(existsSync(project.dir), false, 'the old project path was recreated');
      await assertProjectValid(`${project.dir}-moved`);
    },
  },
];
