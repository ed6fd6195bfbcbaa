import { join } from 'node:path';
import type { PythonSetup } from './pythonEnv';
import { runProcess } from './runProcess';

/** The Python readers beside this file. */
const PYTHON_DIR = join(import.meta.dirname, 'python');

/** A reader's JSON report, or why there is none. */
export type PythonReport<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Runs one of the Python readers (`python/<script>`) in the spaCy/datasets environment and
 * parses the JSON it prints; a crash or stray output is a failure with its last words.
 * @example await runPython<{ records: … }>(setup, 'spans_jsonl.py', [file])
 */
export async function runPython<T>(
  setup: PythonSetup,
  script: string,
  args: readonly string[],
): Promise<PythonReport<T>> {
  if (!setup.ok) return { ok: false, reason: setup.reason };
  const run = await runProcess(setup.env.python, [join(PYTHON_DIR, script), ...args], {
    env: setup.env.env,
    timeoutMs: 120_000,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.code !== 0 || !last.startsWith('{'))
    return {
      ok: false,
      reason: `${script} exited ${run.code}: ${(run.stderr || run.stdout).trim().split('\n').slice(-2).join(' ')}`,
    };
  try {
    return { ok: true, value: JSON.parse(last) as T };
  } catch (error) {
    return { ok: false, reason: `${script} printed no JSON: ${(error as Error).message}` };
  }
}
