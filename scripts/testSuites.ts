/**
 * `npm test`: the window built, then the browser suite at the machine's normal priority beside
 * the checks (formatting, types, lint, the shell's audit) and the unit suite at a low one.
 *
 * The browser suite spends most of its time waiting on pages and servers (half a core on
 * average on a 2-core machine), and its keyboard tests need the page to answer promptly; the
 * unit suite keeps both cores busy. Run one after the other they took 7 + 13 minutes. Side by
 * side, with the unit suite lowered (`nice`: it gets the processor whenever the browser suite
 * is waiting), the run takes about as long as the browser suite alone.
 *
 * The browser suite's output streams as it runs; each lowered step's output is printed whole
 * when it ends. Exits non-zero when any step failed. `LOUPE_TESTS_SERIAL=1` runs the steps one
 * after the other, as before (to tell whether a failure comes from running them together).
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
/** How much lower the checks and the unit suite run (POSIX nice: 0 normal, 19 lowest). */
const LOWERED = 10;

interface Step {
  readonly name: string;
  readonly script: string;
  readonly lowered: boolean;
}

interface Ended {
  readonly name: string;
  readonly code: number;
  readonly seconds: number;
}

const BUILD: Step = { name: 'build', script: 'build', lowered: false };
const CHECKS: Step = { name: 'checks', script: 'checks', lowered: true };
const UNIT: Step = { name: 'unit tests', script: 'test:unit', lowered: true };
const BROWSER: Step = { name: 'browser tests', script: 'test:e2e', lowered: false };

/** `npm run -s <script>`; a lowered step's children (vitest's workers, Loupe's CLI) inherit its priority. */
function run(step: Step, streamed: boolean): Promise<Ended> {
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const child = spawn(npm, ['run', '-s', step.script], {
    cwd: ROOT,
    stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  if (step.lowered && child.pid !== undefined) {
    try {
      setPriority(child.pid, LOWERED);
    } catch {
      // a system that refuses: the step runs at the normal priority, only slower beside the other
    }
  }
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.once('close', (code) => {
      if (!streamed) process.stdout.write(`\n── ${step.name} ──\n${output}`);
      resolve({
        name: step.name,
        code: code ?? 1,
        seconds: (performance.now() - started) / 1000,
      });
    });
  });
}

/** Runs the steps one after the other, stopping at the first that fails. */
async function inTurn(steps: readonly Step[], streamed: boolean): Promise<Ended[]> {
  const ended: Ended[] = [];
  for (const step of steps) {
    const result = await run(step, streamed);
    ended.push(result);
    if (result.code !== 0) break;
  }
  return ended;
}

async function main(): Promise<number> {
  const serial = process.env.LOUPE_TESTS_SERIAL === '1';
  const ended: Ended[] = [];
  if (serial) {
    ended.push(...(await inTurn([CHECKS, BUILD, UNIT, BROWSER], true)));
  } else {
    // The browser suite loads the built window: the build comes first.
    const built = await run(BUILD, true);
    ended.push(built);
    if (built.code === 0) {
      const [browser, lowered] = await Promise.all([
        run(BROWSER, true),
        inTurn([CHECKS, UNIT], false),
      ]);
      ended.push(browser, ...lowered);
    }
  }
  const failed = ended.filter((step) => step.code !== 0);
  process.stdout.write(
    `\n${ended.map((step) => `${step.code === 0 ? 'passed' : 'FAILED'}  ${step.name}  ${step.seconds.toFixed(0)} s`).join('\n')}\n`,
  );
  return failed.length === 0 && ended.length > 0 ? 0 : 1;
}

process.exitCode = await main();
