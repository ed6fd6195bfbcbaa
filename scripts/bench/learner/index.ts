import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { learnerTable, runLearnerBench, updateReadme } from './learnerBench';

/** `npm run bench:learner [-- --quick] [--out PATH] [--readme]`: the learner's learning curves. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const at = argv.indexOf('--out');
  const out = resolve(at >= 0 ? (argv[at + 1] ?? '') : 'bench/results/learner.json');
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const result = await runLearnerBench(quick, log);
  const table = learnerTable(result);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  if (argv.includes('--readme') && !quick) await updateReadme(table, result);
  process.stdout.write(
    `\nLoupe's learner against a gazetteer and CRFsuite\n\n${table}\nwritten to ${out}\n`,
  );
}

void main();
