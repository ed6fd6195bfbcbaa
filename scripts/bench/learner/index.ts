import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { learnerTable, runLearnerBench, updateReadme } from './learnerBench';

/**
 * `npm run bench:learner [-- --quick] [--only NAME] [--splits N] [--out PATH] [--readme]`:
 * the learner's learning curves (the README table only from a full run).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const value = (flag: string): string | undefined =>
    argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined;
  const out = resolve(value('--out') ?? 'bench/results/learner.json');
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const only = value('--only');
  const splits = value('--splits');
  const pick = { ...(only ? { only } : {}), ...(splits ? { splits: Number(splits) } : {}) };
  const result = await runLearnerBench(quick, log, pick);
  const table = learnerTable(result);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  const full = !quick && !only && !splits;
  if (argv.includes('--readme') && full) await updateReadme(table, result);
  process.stdout.write(
    `\nLoupe's learner against a gazetteer and CRFsuite\n\n${table}\nwritten to ${out}\n`,
  );
}

void main();
