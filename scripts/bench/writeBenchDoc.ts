import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BenchRow } from './benchResult';
import { formatTable } from './formatTable';

interface Results {
  readonly date: string;
  readonly machine: string;
  readonly mode: string;
  readonly runs: number;
  readonly seconds: number;
  readonly rows: readonly BenchRow[];
  readonly failures: readonly string[];
}

/** Puts the table of a results file between the markers of docs/bench.md. `tsx scripts/bench/writeBenchDoc.ts [results.json]` */
async function main(): Promise<void> {
  const results = JSON.parse(
    await readFile(resolve(process.argv[2] ?? 'bench/results/latest.json'), 'utf8'),
  ) as Results;
  const doc = resolve('docs/bench.md');
  const text = await readFile(doc, 'utf8');
  const table = [
    `Run of ${results.date.slice(0, 10)} (${results.mode}, median of ${results.runs} runs, ${results.seconds.toFixed(0)} s) on ${results.machine}.`,
    '',
    formatTable(results.rows).trimEnd(),
    ...results.failures.map((f) => `\nFailed: ${f}`),
  ].join('\n');
  const next = text.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
  );
  await writeFile(doc, next);
}

void main();
