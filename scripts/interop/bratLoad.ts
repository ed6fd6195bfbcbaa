import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runProcess } from './runProcess';

/** What brat's server code path and `verify_annotations` made of a collection. */
export interface BratLoadReport {
  readonly ok: boolean;
  /** Annotations per kind the web client would receive (entities, triggers, events, …). */
  readonly counts: Readonly<Record<string, number>>;
  /** Exceptions, errors, warnings and verification issues, in brat's words. */
  readonly problems: readonly string[];
  readonly issues: number;
}

interface RawLoad {
  client_json_counts: Record<string, number>;
  messages: string[];
  n_messages: number;
  verify_issues: Record<string, number>;
  n_verify_issues: number;
  issue_samples: string[];
}

/**
 * Runs `brat_load.py <collection>` as a brat install would see the collection: its parent is
 * brat's data root (`BRAT_BASE`), so the collection's own `annotation.conf` applies, and brat
 * runs in an empty temporary folder so no stray configuration is picked up.
 * @example await bratLoad(script, '/tmp/x/exports/brat') → { ok: true, issues: 0, … }
 */
export async function bratLoad(script: string, collection: string): Promise<BratLoadReport> {
  const emptyDir = await mkdtemp(join(tmpdir(), 'loupe-brat-'));
  const run = await runProcess('python3', [script, collection], {
    cwd: emptyDir,
    env: { ...process.env, BRAT_BASE: dirname(collection), PYTHONUTF8: '1' },
    timeoutMs: 120_000,
  });
  await rm(emptyDir, { recursive: true, force: true });
  let raw: RawLoad;
  try {
    raw = JSON.parse(run.stdout) as RawLoad;
  } catch {
    const said = (run.stderr || run.stdout).trim().split('\n').slice(-2).join(' ');
    return {
      ok: false,
      counts: {},
      problems: [`brat_load.py exited ${run.code}: ${said}`],
      issues: 0,
    };
  }
  const problems = [
    ...raw.messages,
    ...Object.entries(raw.verify_issues).map(([issue, n]) => `${n} × ${issue}`),
    ...raw.issue_samples.map((s) => `e.g. ${s}`),
  ];
  const issues = raw.n_messages + raw.n_verify_issues;
  return { ok: run.code === 0 && issues === 0, counts: raw.client_json_counts, problems, issues };
}
