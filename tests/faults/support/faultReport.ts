import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Counts one fault suite reports for the `npm run faults` table. */
export interface FaultCounts {
  readonly suite: string;
  readonly kills?: number;
  readonly editsChecked?: number;
  /** Inputs tried, by format id (or import path). */
  readonly inputs?: Readonly<Record<string, number>>;
  readonly apiCalls?: number;
  readonly checks?: number;
  readonly failures: number;
}

/** Where suites leave their counts (LOUPE_FAULTS_REPORT); unset in a plain `npm test`, where nothing is written. */
export function reportFolder(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.LOUPE_FAULTS_REPORT || null;
}

/** Writes one suite's counts as `<suite>.json` into the report folder, when there is one. */
export function reportCounts(counts: FaultCounts, env: NodeJS.ProcessEnv = process.env): void {
  const folder = reportFolder(env);
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${counts.suite}.json`), `${JSON.stringify(counts, null, 2)}\n`);
}
