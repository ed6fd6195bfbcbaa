import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { programArgs } from '../../helpers/programBundles';
import { projectLayout, UserSettingsFile, type Workbench } from '../../../src/node';
import { WorkbenchError } from '../../../src/shared/contract';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { readDiskState } from './diskState';
import type { FaultCheck } from './faultCheck';
import { FAULT_TEXTS, faultProject, openWorkbench, type FaultProject } from './faultProject';
import { addPerson, assertProjectValid, spanIdsOnDisk } from './workbenchEdits';

/** `count` PERSON spans added one after another over [i, i + 1). */
async function addMany(
  workbench: Awaited<ReturnType<typeof openWorkbench>>,
  documentId: string,
  from: number,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = from; i < from + count; i++)
    ids.push(await addPerson(workbench, documentId, i, i + 1));
  return ids;
}

/** Edits that were acknowledged, and the typed refusals of the others (anything else is thrown). */
interface Outcomes {
  readonly acknowledged: string[];
  readonly refused: WorkbenchError[];
}

/** Tries `count` PERSON spans over [i, i + 1), one after another, collecting acknowledgements and refusals. */
async function tryMany(
  workbench: Workbench,
  documentId: string,
  from: number,
  count: number,
): Promise<Outcomes> {
  const outcomes: Outcomes = { acknowledged: [], refused: [] };
  for (let i = from; i < from + count; i++) {
    const error = await addPerson(workbench, documentId, i, i + 1).then(
      (id) => void outcomes.acknowledged.push(id),
      (e: unknown) => e,
    );
    if (error === undefined) continue;
    if (!(error instanceof WorkbenchError)) throw error;
    outcomes.refused.push(error);
  }
  return outcomes;
}

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** `loupe <args>` in a child process, as a user's terminal would run it beside the open app. */
function runCliAsync(
  args: readonly string[],
  home: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...programArgs('src/cli/index.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOUPE_HOME: home },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** The app and the CLI: two workbenches on one project, same annotator. */
async function appAndCli(): Promise<{
  project: FaultProject;
  app: Awaited<ReturnType<typeof openWorkbench>>;
  cli: Awaited<ReturnType<typeof openWorkbench>>;
}> {
  const project = await faultProject();
  return { project, app: await openWorkbench(project), cli: await openWorkbench(project) };
}

/** Two workbenches on one project, and a teammate's folder arriving while one is open. */
export const concurrencyChecks: FaultCheck[] = [
  {
    name: 'two workbenches editing different documents at once: every acknowledged edit of both is kept',
    async run() {
      const { project, app, cli } = await appAndCli();
      const [inAp, inRudaw] = await Promise.all([
        addMany(app, 'ap', 0, 15),
        addMany(cli, 'rudaw', 0, 15),
      ]);
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'ap'), inAp.sort());
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'rudaw'), inRudaw.sort());
      await assertProjectValid(project.dir);
    },
  },
  {
    name: 'two workbenches editing the same document one after the other: the later edit is applied on top of the earlier one',
    async run() {
      const { project, app, cli } = await appAndCli();
      await app.openDocument({ documentId: 'ap' });
      await cli.openDocument({ documentId: 'ap' });
      const first = await addPerson(app, 'ap', 0, 7);
      const second = await addPerson(cli, 'ap', 8, 12);
      const third = await addPerson(app, 'ap', 13, 20);
      assert.deepEqual(
        await spanIdsOnDisk(project.dir, 'ap'),
        [first, second, third].sort(),
        'an acknowledged span was lost',
      );
    },
  },
  {
    name: 'two workbenches editing the same document at the same moment: every acknowledged edit is kept, every refusal is typed',
    async run() {
      const { project, app, cli } = await appAndCli();
      const [a, b] = await Promise.all([tryMany(app, 'ap', 0, 15), tryMany(cli, 'ap', 20, 15)]);
      const onDisk = await spanIdsOnDisk(project.dir, 'ap');
      const acknowledged = [...a.acknowledged, ...b.acknowledged];
      const lost = acknowledged.filter((id) => !onDisk.includes(id));
      assert.deepEqual(
        lost,
        [],
        `${lost.length} of ${acknowledged.length} acknowledged spans lost`,
      );
      assert.deepEqual(onDisk, [...acknowledged].sort(), 'a refused edit reached the disk');
      // Safe either way: a second writer refused as read-only (a project lock), or both writers' edits kept.
      for (const refusal of [...a.refused, ...b.refused])
        assert.ok(
          refusal.code === 'read_only',
          `an edit was refused with ${refusal.code}: ${refusal.message}`,
        );
      assert.ok(
        a.acknowledged.length === 15 || b.acknowledged.length === 15,
        'neither workbench could write',
      );
      await assertProjectValid(project.dir);
    },
  },
  {
    name: 'the workbench and `loupe import` in another process writing one project at once: both keep everything, the project validates',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const incoming = join(project.root, 'incoming');
      await mkdir(incoming);
      for (let i = 0; i < 20; i++)
        await writeFile(
          join(incoming, `wire-${i}.txt`),
          `Wire report ${i}: Baghdad asked again. 😀 ${'x'.repeat(i)}`,
        );
      let running = true;
      const cli = runCliAsync(
        ['import', project.dir, incoming, '--json'],
        project.userFolder,
      ).finally(() => (running = false));
      const edits: Outcomes = { acknowledged: [], refused: [] };
      for (let i = 0; running && i < 2_000; i++) {
        const step = await tryMany(workbench, 'rudaw', i % 60, 1);
        edits.acknowledged.push(...step.acknowledged);
        edits.refused.push(...step.refused);
      }
      const { code, stdout, stderr } = await cli;
      assert.equal(code, 0, `loupe import failed: ${stderr}`);
      assert.equal((JSON.parse(stdout) as { added: unknown[] }).added.length, 20);
      assert.deepEqual(edits.refused, []);
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'rudaw'), [...edits.acknowledged].sort());
      const state = await readDiskState(project.dir, 'tester');
      assert.equal(state.documents.length, 3 + 20);
      await assertProjectValid(project.dir);
    },
  },
  {
    name: "a second writer in another process (`loupe import` of a teammate's annotations) while the workbench holds the project: refused with the holder named, nothing written",
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const incoming = join(project.root, 'teammate-brat');
      await mkdir(incoming);
      await writeFile(join(incoming, 'ap.txt'), FAULT_TEXTS['ap.txt'] as string);
      await writeFile(join(incoming, 'ap.ann'), 'T1\tPERSON 0 7\tBAGHDAD\n');
      let running = true;
      const cli = runCliAsync(
        ['import', project.dir, incoming, '--format', 'brat', '--annotator', 'amira'],
        project.userFolder,
      ).finally(() => (running = false));
      const edits: Outcomes = { acknowledged: [], refused: [] };
      for (let i = 0; running && i < 2_000; i++) {
        const step = await tryMany(workbench, 'ap', i % 60, 1);
        edits.acknowledged.push(...step.acknowledged);
        edits.refused.push(...step.refused);
      }
      const { code, stderr } = await cli;
      assert.notEqual(code, 0, 'the second writer was let in while the workbench held the project');
      assert.match(stderr, /pid \d+/, `the refusal does not name the holder: ${stderr}`);
      assert.equal(
        existsSync(projectLayout.annotatorFolder(project.dir, 'amira')),
        false,
        'the refused import wrote a layer',
      );
      assert.deepEqual(edits.refused, []);
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'ap'), [...edits.acknowledged].sort());
      await workbench.close();
      await assertProjectValid(project.dir);
    },
  },
  {
    name: "a teammate's folder copied in (as git pull does) while edits are in flight: nothing lost or mixed, and the open workbench reads the new files",
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const teammate = await teammateFolder(project, 'amira', 4);
      const theirs = snapshotFolder(teammate);
      const [mine] = await Promise.all([
        tryMany(workbench, 'ap', 0, 20),
        cp(teammate, projectLayout.annotatorFolder(project.dir, 'amira'), { recursive: true }),
      ]);
      assert.deepEqual(mine.refused, []);
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'ap'), [...mine.acknowledged].sort());
      assert.deepEqual(
        snapshotFolder(projectLayout.annotatorFolder(project.dir, 'amira')),
        theirs,
        "the teammate's files changed",
      );
      assert.deepEqual((await workbench.getProject({})).annotators, ['amira', 'tester']);
      assert.equal(
        (await workbench.store.readLayer('ap', 'amira')).spans.length,
        4,
        "the open workbench does not see the teammate's spans",
      );
      await assertProjectValid(project.dir);
    },
  },
  {
    name: "a teammate's annotator folder copied in while a workbench is open: it is never written, and switching to that name edits on top of it",
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      await addPerson(workbench, 'ap', 0, 7);
      const teammate = await teammateFolder(project, 'amira');
      await cp(teammate, projectLayout.annotatorFolder(project.dir, 'amira'), { recursive: true });
      const copied = snapshotFolder(projectLayout.annotatorFolder(project.dir, 'amira'));
      await addPerson(workbench, 'ap', 8, 12);
      await addPerson(workbench, 'rudaw', 0, 4);
      await workbench.setStatus({ documentId: 'scrape', status: 'done' });
      await workbench.undo({});
      assert.deepEqual(snapshotFolder(projectLayout.annotatorFolder(project.dir, 'amira')), copied);
      assert.deepEqual((await workbench.getProject({})).annotators, ['amira', 'tester']);
      const theirs = await spanIdsOnDisk(project.dir, 'ap', 'amira');
      await workbench.updateSettings({ annotator: 'amira' });
      const added = await addPerson(workbench, 'ap', 30, 35);
      assert.deepEqual(await spanIdsOnDisk(project.dir, 'ap', 'amira'), [...theirs, added].sort());
      await assertProjectValid(project.dir);
    },
  },
  {
    name: 'a layer updated on disk while open (git pull of the same annotator): the next edit keeps the pulled spans',
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      await addPerson(workbench, 'ap', 0, 7);
      const elsewhere = await teammateFolder(project, 'tester');
      const pulled = await spanIdsOnDisk(join(elsewhere, '..', '..'), 'ap');
      await rm(projectLayout.annotatorFolder(project.dir, 'tester'), { recursive: true });
      await cp(elsewhere, projectLayout.annotatorFolder(project.dir, 'tester'), {
        recursive: true,
      });
      const added = await addPerson(workbench, 'ap', 40, 45);
      assert.deepEqual(
        await spanIdsOnDisk(project.dir, 'ap'),
        [...pulled, added].sort(),
        'the pulled spans were overwritten',
      );
    },
  },
  {
    name: "a label rename after a teammate's folder was updated on disk keeps the teammate's new spans",
    async run() {
      const project = await faultProject();
      const workbench = await openWorkbench(project);
      const [first, update] = [
        await teammateFolder(project, 'amira', 2),
        await teammateFolder(project, 'amira', 3),
      ];
      await cp(first, projectLayout.annotatorFolder(project.dir, 'amira'), { recursive: true });
      await workbench.renameLabel({ from: 'PERSON', to: 'PER' });
      await rm(projectLayout.annotatorFolder(project.dir, 'amira'), { recursive: true });
      await cp(update, projectLayout.annotatorFolder(project.dir, 'amira'), { recursive: true });
      const theirs = await spanIdsOnDisk(project.dir, 'ap', 'amira');
      await workbench.renameLabel({ from: 'PER', to: 'PERSON' });
      assert.deepEqual(
        await spanIdsOnDisk(project.dir, 'ap', 'amira'),
        theirs,
        "the teammate's spans were overwritten",
      );
      await assertProjectValid(project.dir);
    },
  },
];

/**
 * A copy of the project annotated elsewhere by `annotator` (`spans` PERSON spans in ap),
 * as a teammate would send it; returns that copy's annotator folder.
 */
async function teammateFolder(
  project: FaultProject,
  annotator: string,
  spans = 2,
): Promise<string> {
  const elsewhere = join(project.root, `elsewhere-${annotator}-${spans}`);
  await cp(project.dir, elsewhere, { recursive: true });
  await rm(projectLayout.annotatorFolder(elsewhere, annotator), { recursive: true, force: true });
  const userFolder = join(project.root, `user-${annotator}-${spans}`);
  await (await UserSettingsFile.load(userFolder)).update({ annotator });
  const theirs = await openWorkbench({ ...project, dir: elsewhere }, userFolder);
  for (let i = 0; i < spans; i++) await addPerson(theirs, 'ap', 50 + i * 2, 51 + i * 2);
  return projectLayout.annotatorFolder(elsewhere, annotator);
}
