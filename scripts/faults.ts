/**
 * `npm run faults`: the fault suites of tests/faults at their large sizes (LOUPE_FAULTS_FULL=1),
 * then a table of what they tried: kills survived, edits checked, inputs per format, API calls
 * fuzzed, scenario checks, failures. Exits non-zero when anything failed. Sizes and the seed can
 * be set with LOUPE_FAULTS_KILLS, …_API_CALLS, …_FORMAT_INPUTS, LOUPE_FAULTS_SEED.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FaultCounts } from '../tests/faults/support/faultReport';

interface VitestJson {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly testResults: readonly {
    readonly name: string;
    readonly assertionResults: readonly { readonly title: string; readonly status: string }[];
  }[];
}

const root = join(import.meta.dirname, '..');

function runSuites(reportDir: string, seed: string, args: readonly string[]): number {
  const env = {
    ...process.env,
    LOUPE_FAULTS_FULL: process.env.LOUPE_FAULTS_FULL ?? '1',
    LOUPE_FAULTS_SEED: seed,
    LOUPE_FAULTS_REPORT: reportDir,
  };
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const result = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      '--config',
      'vitest.config.ts',
      'tests/faults',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reportDir, 'vitest.json')}`,
      ...args,
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  return result.status ?? 1;
}

function readCounts(reportDir: string): FaultCounts[] {
  return readdirSync(reportDir)
    .filter((name) => name.endsWith('.json') && name !== 'vitest.json')
    .sort()
    .map((name) => JSON.parse(readFileSync(join(reportDir, name), 'utf8')) as FaultCounts);
}

function table(rows: readonly [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value.padStart(8)}`).join('\n');
}

function main(): number {
  const reportDir = mkdtempSync(join(tmpdir(), 'loupe-faults-report-'));
  const seed = process.env.LOUPE_FAULTS_SEED ?? String(Date.now() % 1_000_000);
  const exit = runSuites(reportDir, seed, process.argv.slice(2));
  const counts = readCounts(reportDir);
  const vitestFile = join(reportDir, 'vitest.json');
  const vitest = existsSync(vitestFile)
    ? (JSON.parse(readFileSync(vitestFile, 'utf8')) as VitestJson)
    : null;
  const of = (suite: string): FaultCounts | undefined => counts.find((c) => c.suite === suite);
  const rows: [string, string][] = [
    ['kills survived', String(of('crash')?.kills ?? 0)],
    ['acknowledged edits checked', String(of('crash')?.editsChecked ?? 0)],
    ...Object.entries(of('formats')?.inputs ?? {}).map(([format, n]): [string, string] => [
      `inputs tried: ${format}`,
      String(n),
    ]),
    ['API calls fuzzed', String(of('api')?.apiCalls ?? 0)],
    ['test cases passed', String(vitest?.numPassedTests ?? 0)],
  ];
  const failures = (vitest?.numFailedTests ?? 1) + counts.reduce((sum, c) => sum + c.failures, 0);
  rows.push(['failures', String(failures)]);
  console.log(
    `\nLoupe fault run (seed ${seed}${process.env.LOUPE_FAULTS_FULL === '0' ? '' : ', full sizes'})\n${table(rows)}`,
  );
  if (!vitest) console.log('  (vitest wrote no results: the run did not finish)');
  for (const file of vitest?.testResults ?? []) {
    for (const test of file.assertionResults.filter((t) => t.status === 'failed'))
      console.log(`  FAILED ${test.title}`);
  }
  return failures > 0 || exit !== 0 ? 1 : 0;
}

process.exitCode = main();
