import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { readDiskState } from './diskState';
import { parseLines, type EditIntent, type EditorLine } from './editorProtocol';
import { type EditorChild, type EditorCommand, prepareEditor, spawnEditor } from './editorLauncher';
import { ExpectedLayers } from './expectedLayers';
import { faultProject, type FaultProject } from './faultProject';
import { seededRandom, type SeededRandom } from './seededRandom';

/** Sizes of a crash run. */
export interface CrashOptions {
  readonly kills: number;
  readonly seed: number;
  /** Longest wait between the child being ready and its SIGKILL. */
  readonly maxDelayMs?: number;
  /** Break the child's writes on purpose: the run must then report failures (the checker's self-check). */
  readonly sabotage?: boolean;
  /**
   * Stop reading the child's output for a while before each kill, as a loaded machine's parent
   * falls behind: the child must not run ahead of what it has said (lines it wrote but the pipe
   * never took die with it, and the checker would see fewer edits than the disk holds).
   */
  readonly slowReader?: boolean;
}

/** What a crash run did and found; `failures` must be empty. */
export interface CrashReport {
  readonly editor: EditorCommand['kind'];
  kills: number;
  editsAcknowledged: number;
  inFlightApplied: number;
  inFlightNotApplied: number;
  killedWhileOpening: number;
  tempFilesLeft: number;
  readonly failures: string[];
  ms: number;
}

const WARM_SPARES = 3;
const ANNOTATOR = 'tester';
const CHILD_TIMEOUT_MS = 20_000;

/**
 * Kills editor children with SIGKILL at random moments, one after another on the same project,
 * and after each kill checks that a fresh reader finds every acknowledged edit and a valid project.
 */
export async function runCrashSuite(options: CrashOptions): Promise<CrashReport> {
  const started = Date.now();
  const project = await faultProject(undefined, ANNOTATOR);
  const command = await prepareEditor();
  const report: CrashReport = {
    editor: command.kind,
    kills: 0,
    editsAcknowledged: 0,
    inFlightApplied: 0,
    inFlightNotApplied: 0,
    killedWhileOpening: 0,
    tempFilesLeft: 0,
    failures: [],
    ms: 0,
  };
  const expected = new ExpectedLayers((await readDiskState(project.dir, ANNOTATOR)).layers);
  const random = seededRandom(options.seed);
  const env = options.sabotage ? { LOUPE_FAULTS_SABOTAGE: 'lose-writes' } : {};
  const spares: EditorChild[] = [];
  let childSeed = options.seed;
  const refill = (): void => {
    while (spares.length < WARM_SPARES)
      spares.push(spawnEditor(command, project.dir, ++childSeed, project.userFolder, env));
  };
  try {
    for (let k = 0; k < options.kills && report.failures.length === 0; k++) {
      refill();
      const child = spares.shift() as EditorChild;
      const failure = await killOnce(
        child,
        project,
        expected,
        random,
        options.maxDelayMs ?? 60,
        report,
        options.slowReader ?? false,
      );
      if (failure)
        report.failures.push(
          `kill ${k + 1} (run seed ${options.seed}, child seed ${child.seed}): ${failure}`,
        );
    }
  } finally {
    for (const spare of spares) spare.process.kill('SIGKILL');
    await Promise.all(spares.map((s) => s.exited));
  }
  report.ms = Date.now() - started;
  return report;
}

async function killOnce(
  child: EditorChild,
  project: FaultProject,
  expected: ExpectedLayers,
  random: SeededRandom,
  maxDelayMs: number,
  report: CrashReport,
  slowReader: boolean,
): Promise<string | null> {
  if (!(await withTimeout(child.waitFor('"t":"loaded"'))))
    return `the editor child did not start: ${child.stderr() || child.stdout()}`;
  child.process.stdin?.write('go\n');
  if (random.chance(0.1)) {
    await delay(random.int(0, 20));
  } else {
    if (!(await withTimeout(child.waitFor('"t":"ready"'))))
      return `the editor child did not open the project: ${child.stdout()} ${child.stderr()}`;
    // Half the kills come after a few acknowledged edits, however slowly a loaded machine
    // runs the child; the rest at a random moment from the open on.
    if (random.chance(0.5)) await withTimeout(child.waitFor('"t":"ack"', random.int(1, 5)));
    if (slowReader) child.process.stdout?.pause();
    await delay(random.int(0, maxDelayMs));
  }
  child.process.kill('SIGKILL');
  child.process.stdout?.resume();
  const exit = await child.exited;
  report.kills++;
  const lines = parseLines(child.stdout());
  const error = lines.find((l) => l.t === 'error');
  if (error && error.t === 'error') return `the editor child failed: ${error.message}`;
  if (exit.signal !== 'SIGKILL')
    return `the editor child exited by itself (${exit.code}): ${child.stderr()}`;
  if (!lines.some((l) => l.t === 'ready')) report.killedWhileOpening++;
  let inFlight: EditIntent | null = null;
  for (const line of lines) {
    if (line.t === 'intent') inFlight = line.intent;
    if (line.t !== 'ack' || !inFlight) continue;
    expected.acknowledge(inFlight, line.result);
    report.editsAcknowledged++;
    inFlight = null;
  }
  const disk = await readDiskState(project.dir, ANNOTATOR);
  report.tempFilesLeft = disk.tempFiles.length;
  if (disk.problems.length) return disk.problems.join('; ');
  const mismatch = expected.mismatch(disk.layers, inFlight);
  if (mismatch) return `${mismatch}; ${await whatWasThere(project, lines)}`;
  if (inFlight && expected.mismatch(disk.layers, null) === null) report.inFlightNotApplied++;
  else if (inFlight) report.inFlightApplied++;
  expected.restart(disk.layers);
  return null;
}

/** For a failure's message: what the child said it did, and the layer files as they are. */
async function whatWasThere(project: FaultProject, lines: readonly EditorLine[]): Promise<string> {
  const folder = join(project.dir, 'annotations', ANNOTATOR);
  const files = await readdir(folder).catch(() => []);
  const described = await Promise.all(
    files.sort().map(async (name) => {
      const info = await stat(join(folder, name));
      const text = await readFile(join(folder, name), 'utf8');
      const seq = /"journalSeq":\s*(\d+)/.exec(text)?.[1] ?? /^\{"seq":(\d+)/m.exec(text)?.[1];
      return `${name} ${info.size} B, ino ${info.ino}, mtime ${info.mtime.toISOString()}, first seq ${seq ?? '-'}`;
    }),
  );
  const count = (t: string): number => lines.filter((l) => l.t === t).length;
  return `the child printed ${count('intent')} intents and ${count('ack')} acks; files: ${described.join(' | ')}`;
}

async function withTimeout(promise: Promise<boolean>): Promise<boolean> {
  return Promise.race([promise, delay(CHILD_TIMEOUT_MS, false, { ref: false })]);
}
