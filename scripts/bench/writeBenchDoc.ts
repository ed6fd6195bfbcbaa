import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { missedBy, type BenchRow } from './benchResult';
import { costTable } from './app/appRows';
import { formatTable } from './formatTable';

/** A results file as `npm run bench` writes it. */
export interface BenchResults {
  readonly date: string;
  readonly machine: string;
  readonly mode: string;
  readonly runs: number;
  readonly seconds: number;
  readonly rows: readonly BenchRow[];
  readonly failures: readonly string[];
}

/** The run as Markdown: the table, the targets missed and by how much, the cost-vs-size table. */
export function resultsMarkdown(results: BenchResults): string {
  const missed = results.rows.map(missedBy).filter((m): m is string => m !== null);
  const curve = results.rows.filter((r) => r.scenario === 'app' || r.scenario === 'store');
  return [
    `Run of ${results.date.slice(0, 10)} (${results.mode}, median of ${results.runs} runs, ${results.seconds.toFixed(0)} s) on ${results.machine}.`,
    '',
    formatTable(results.rows).trimEnd(),
    ...(missed.length ? ['', 'Missed targets:', '', ...missed.map((m) => `- ${m}`)] : []),
    ...(curve.length ? ['', 'Cost against size (Loupe):', '', costTable(curve)] : []),
    ...results.failures.map((f) => `\nFailed: ${f}`),
  ].join('\n');
}

/** Puts the run between the `bench:start` / `bench:end` markers of README.md and docs/bench.md. */
export async function writeBenchDocs(results: BenchResults, root = resolve('.')): Promise<void> {
  const table = resultsMarkdown(results);
  for (const name of ['README.md', 'docs/bench.md']) {
    const path = resolve(root, name);
    const text = await readFile(path, 'utf8');
    const next = text.replace(
      /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
      `<!-- bench:start -->\n\n${table}\n\n<!-- bench:end -->`,
    );
    // Formatted as `npm run check` expects (prettier aligns the table's columns).
    const options = (await resolveConfig(path)) ?? {};
    await writeFile(path, await format(next, { ...options, filepath: path }));
  }
}

/** `tsx scripts/bench/writeBenchDoc.ts [results.json]`: the same from a results file. */
async function main(): Promise<void> {
  const results = JSON.parse(
    await readFile(resolve(process.argv[2] ?? 'bench/results/latest.json'), 'utf8'),
  ) as BenchResults;
  await writeBenchDocs(results);
}

if (process.argv[1]?.endsWith('writeBenchDoc.ts')) void main();
