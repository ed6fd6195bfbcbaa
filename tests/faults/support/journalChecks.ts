import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { programArgs } from '../../helpers/programBundles';
import { projectLayout } from '../../../src/node';
import { readDiskState } from './diskState';
import type { FaultCheck } from './faultCheck';
import { faultProject, openWorkbench, type FaultProject } from './faultProject';
import { errnoError, withFsTrap } from './fsTrap';
import { addPerson, assertProjectValid, spanIdsOnDisk } from './workbenchEdits';
import { tempFilesUnder } from './faultAssertions';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Runs the journal child to its pause, SIGKILLs it there, and returns the span ids it had acknowledged. */
async function killAt(project: FaultProject, phase: string, edits: number): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [...programArgs('tests/faults/support/journalChild.ts'), project.dir, phase, String(edits)],
    {
      cwd: ROOT,
      env: { ...process.env, LOUPE_HOME: project.userFolder },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const paused = new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('paused\n')) resolve();
    });
    child.on('close', () => reject(new Error(`the child ended before pausing:\n${out}\n${err}`)));
  });
  await paused;
  const exited = new Promise((resolve) => child.on('close', resolve));
  child.kill('SIGKILL');
  await exited;
  return [...out.matchAll(/^ack (\S+)$/gm)].map((m) => m[1] as string).sort();
}

/** After the kill: a fresh reader finds every acknowledged span, a valid project, and a writer carries on. */
async function assertRecovered(
  project: FaultProject,
  acknowledged: readonly string[],
): Promise<void> {
  await assertProjectValid(project.dir);
  assert.deepEqual(await spanIdsOnDisk(project.dir, 'rudaw'), acknowledged);
  const workbench = await openWorkbench(project);
  const added = await addPerson(workbench, 'rudaw', 50, 55);
  await workbench.close();
  assert.deepEqual(await spanIdsOnDisk(project.dir, 'rudaw'), [...acknowledged, added].sort());
  assert.equal(existsSync(projectLayout.layerJournal(project.dir, 'tester', 'rudaw')), false);
}

/** Kills and full disks at the journal's own steps: append, compaction. */
export const journalChecks: FaultCheck[] = [
  {
    name: 'SIGKILL in the middle of a journal append (half a record on disk, fsynced): the torn record is dropped, every acknowledged edit is kept, the next append starts after the last whole record',
    async run() {
      const project = await faultProject();
      const acknowledged = await killAt(project, 'append', 4);
      assert.equal(acknowledged.length, 4);
      const journal = await readFile(
        projectLayout.layerJournal(project.dir, 'tester', 'rudaw'),
        'utf8',
      );
      assert.ok(!journal.endsWith('\n'), 'the kill was meant to leave a torn last record');
      await assertRecovered(project, acknowledged);
    },
  },
  {
    name: 'SIGKILL during compaction before the new snapshot is renamed into place: the old snapshot and the journal hold every edit',
    async run() {
      const project = await faultProject();
      const acknowledged = await killAt(project, 'compact-temp', 5);
      assert.ok(
        (await tempFilesUnder(project.dir)).length > 0,
        'the kill was meant to leave the temporary snapshot',
      );
      await assertRecovered(project, acknowledged);
    },
  },
  {
    name: 'SIGKILL during compaction after the snapshot is renamed, before the journal is removed: the records the snapshot holds are not applied twice',
    async run() {
      const project = await faultProject();
      const acknowledged = await killAt(project, 'compact-renamed', 5);
      const state = await readDiskState(project.dir, 'tester');
      assert.deepEqual(state.problems, []);
      assert.ok(existsSync(projectLayout.layerJournal(project.dir, 'tester', 'rudaw')));
      await assertRecovered(project, acknowledged);
    },
  },
  {
    name: 'a full disk during compaction (ENOSPC writing the new snapshot): nothing is lost, no temporary file is left, the journal stays and is folded in later',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const acknowledged: string[] = [];
      for (let i = 0; i < 5; i++) acknowledged.push(await addPerson(workbench, 'rudaw', i, i + 2));
      await withFsTrap(
        (call) => {
          if (
            call.op === 'write' &&
            call.path.includes('/annotations/') &&
            call.path.endsWith('.tmp')
          )
            throw errnoError('ENOSPC', 'write', call.path);
        },
        () => workbench.close(),
      );
      assert.deepEqual(await tempFilesUnder(project.dir), []);
      assert.ok(existsSync(projectLayout.layerJournal(project.dir, 'tester', 'rudaw')));
      await assertRecovered(project, acknowledged.sort());
    },
  },
];
