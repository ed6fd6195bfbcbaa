import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseBenchOptions, SCENARIOS, type BenchOptions, type ScenarioId } from './benchOptions';
import { missedBy, type BenchRow } from './benchResult';
import { costTable } from './app/appRows';
import { writeBenchDocs } from './writeBenchDoc';
import { formatTable } from './formatTable';
import { appScenario } from './app/appScenario';
import { agreementScenario } from './scenarios/agreementScenario';
import { editorScenario } from './scenarios/editorScenario';
import { exportScenario } from './scenarios/exportScenario';
import { historyScenario } from './scenarios/historyScenario';
import { learnerScenario } from './scenarios/learnerScenario';
import { openScenario } from './scenarios/openScenario';
import { startupScenario } from './scenarios/startupScenario';
import { storeScenario } from './scenarios/storeScenario';

type Scenario = (options: BenchOptions, log: (line: string) => void) => Promise<BenchRow[]>;
const RUNNERS: Record<ScenarioId, Scenario> = {
  app: appScenario,
  editor: editorScenario,
  store: storeScenario,
  open: openScenario,
  export: exportScenario,
  agreement: agreementScenario,
  startup: startupScenario,
  learner: learnerScenario,
  history: historyScenario,
};

/** The machine a run happened on, printed with the table. */
function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.versions.node}, ${process.platform} ${process.arch}`;
}

/** `npm run bench [-- --quick | --tiny] [--runs N] [--only editor,store,…] [--out PATH] [--work DIR]` */
async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const started = performance.now();
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  for (const id of options.only ?? SCENARIOS) {
    const t = performance.now();
    try {
      rows.push(...(await RUNNERS[id](options, log)));
    } catch (error) {
      failures.push(`${id}: ${(error as Error).message.split('\n')[0]}`);
      log(`${id} failed: ${(error as Error).stack ?? String(error)}`);
    }
    log(`${id}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const seconds = (performance.now() - started) / 1000;
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    mode: options.scale === 1 ? 'full' : options.scale >= 1000 ? 'tiny' : 'quick',
    runs: options.runs,
    seconds,
    rows,
    failures,
  };
  const out = resolve(options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(
    `\nLoupe benchmark (${result.mode}, median of ${options.runs} runs, ${seconds.toFixed(0)} s) on ${result.machine}\n\n`,
  );
  process.stdout.write(formatTable(rows));
  const missed = rows.map(missedBy).filter((m): m is string => m !== null);
  if (missed.length)
    process.stdout.write(`\nMissed targets:\n${missed.map((m) => `  ${m}\n`).join('')}`);
  const curve = rows.filter((r) => r.scenario === 'app' || r.scenario === 'store');
  if (curve.length) process.stdout.write(`\nCost against size (Loupe):\n\n${costTable(curve)}\n`);
  for (const failure of failures) process.stdout.write(`FAILED ${failure}\n`);
  if (!options.noDocs) await writeBenchDocs(result);
  process.stdout.write(
    `\nwritten to ${out}${options.noDocs ? '' : ', README.md and docs/bench.md'}\n`,
  );
  if (failures.length) process.exitCode = 1;
}

void main();
