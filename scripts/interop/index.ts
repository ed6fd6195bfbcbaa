import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildHardCaseProject } from './buildHardCaseProject';
import { broken } from './checkResult';
import type { CheckResult } from './checkResult';
import { biocChecks } from './checks/biocChecks';
import { bratChecks } from './checks/bratChecks';
import { conllChecks } from './checks/conllChecks';
import { conllImportChecks } from './checks/conllImportChecks';
import { conlluImportChecks } from './checks/conlluImportChecks';
import { conllSchemeChecks } from './checks/conllSchemeChecks';
import { runControls } from './controls/runControls';
import { doccanoChecks } from './checks/doccanoChecks';
import { huggingFaceChecks } from './checks/huggingFaceChecks';
import {
  huggingFaceImportChecks,
  huggingFaceParquetChecks,
} from './checks/huggingFaceImportChecks';
import { labelStudioChecks } from './checks/labelStudioChecks';
import { ontonotesImportChecks } from './checks/ontonotesImportChecks';
import { pipedImportChecks } from './checks/pipedImportChecks';
import { spacyCatsChecks } from './checks/spacyCatsChecks';
import { spacyDocBinChecks } from './checks/spacyDocBinChecks';
import { spacyJsonChecks } from './checks/spacyJsonChecks';
import { spansJsonlChecks } from './checks/spansJsonlChecks';
import { stanceTsvChecks } from './checks/stanceTsvChecks';
import { formatMismatches } from './formatMismatches';
import { formatTable } from './formatTable';
import { HARD_CASES } from './hardCases';
import type { InteropContext } from './interopContext';
import { parseInteropOptions } from './interopOptions';
import { CHECKOUT } from './checkout';
import { bundledCli, createLoupeCli } from './loupeCli';
import { preparePython } from './pythonEnv';
import { runProcess } from './runProcess';
import { locateSharedTools } from './sharedTools';
import { verifyGold } from './verifyGold';

type Checks = (ctx: InteropContext) => Promise<CheckResult[]>;
const CHECKS: readonly (readonly [string, Checks])[] = [
  ['spans JSONL', spansJsonlChecks],
  ['spans JSONL, spaCy cats', spacyCatsChecks],
  ['CoNLL', conllChecks],
  ['CoNLL --scheme', conllSchemeChecks],
  ['CoNLL import', conllImportChecks],
  ['CoNLL import, word|POS|tag', pipedImportChecks],
  ['CoNLL import, OntoNotes', ontonotesImportChecks],
  ['CoNLL import, CoNLL-U', conlluImportChecks],
  ['Hugging Face', huggingFaceChecks],
  ['Hugging Face import', huggingFaceImportChecks],
  ['Hugging Face Parquet import', huggingFaceParquetChecks],
  ['brat', bratChecks],
  ['doccano', doccanoChecks],
  ['Label Studio', labelStudioChecks],
  ['stance TSV', stanceTsvChecks],
  ['spaCy JSON', spacyJsonChecks],
  ['spaCy DocBin', spacyDocBinChecks],
  ['BioC XML', biocChecks],
];

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** A check that throws is a failed row (the harness never passes what it could not check). */
async function guarded(
  format: string,
  checks: Checks,
  ctx: InteropContext,
): Promise<CheckResult[]> {
  try {
    return await checks(ctx);
  } catch (error) {
    return [broken(format, 'the check itself', (error as Error).stack ?? String(error))];
  }
}

async function loupeCommit(): Promise<string> {
  const run = await runProcess('git', ['rev-parse', '--short', 'HEAD'], { cwd: CHECKOUT });
  return run.code === 0 ? run.stdout.trim() : 'unknown';
}

/** Every row of a run: the exports' checks and the harness's controls. */
interface InteropRows {
  readonly exported: readonly CheckResult[];
  readonly controls: readonly CheckResult[];
  readonly readers: string;
}

/** Builds the hard-case project in `work` and runs every check and control on it. */
async function runAll(work: string): Promise<InteropRows> {
  const [tools, python, program] = await Promise.all([
    locateSharedTools(),
    preparePython(join(work, 'hf'), log),
    bundledCli(),
  ]);
  if (!python.ok) log(`spaCy/datasets unavailable, their checks are skipped: ${python.reason}`);
  const loupe = createLoupeCli(join(work, 'home'), program);
  const setup = await buildHardCaseProject(loupe, tools, work, HARD_CASES);
  const ctx: InteropContext = { work, gold: HARD_CASES, loupe, python, tools, ...setup };
  const [controls, ...groups] = await Promise.all([
    guarded('harness control', runControls, ctx),
    ...CHECKS.map(([format, checks]) => guarded(format, checks, ctx)),
  ]);
  const readers = python.ok ? python.env.versions : 'spaCy/datasets/lxml absent';
  return { exported: [...setup.rows, ...groups.flat()], controls: controls ?? [], readers };
}

function tally(rows: readonly CheckResult[]): string {
  const count = (status: CheckResult['status']) => rows.filter((r) => r.status === status).length;
  return `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`;
}

function printReport(rows: InteropRows, seconds: number, show: number): void {
  const write = (text: string) => void process.stdout.write(text);
  write(
    `\nLoupe interop with real consumers (${rows.readers}; conlleval.pl; brat's parser): ${HARD_CASES.length} hard-case documents, ${seconds.toFixed(0)} s\n\n`,
  );
  write(formatTable(rows.exported));
  write(`\nChecks: ${tally(rows.exported)}.\n`);
  write(`\nHarness controls (known-good and deliberately broken files):\n\n`);
  write(formatTable(rows.controls));
  write(`\nControls: ${tally(rows.controls)}.\n`);
  const details = formatMismatches([...rows.exported, ...rows.controls], show);
  if (details) write(`\n${details}\n`);
}

async function writeResult(out: string, rows: InteropRows, seconds: number): Promise<void> {
  const all = [...rows.exported, ...rows.controls];
  const count = (status: CheckResult['status']) => all.filter((r) => r.status === status).length;
  const result = {
    date: new Date().toISOString(),
    loupe: await loupeCommit(),
    readers: rows.readers,
    seconds,
    summary: { passed: count('pass'), failed: count('fail'), skipped: count('skip') },
    checks: rows.exported,
    controls: rows.controls,
  };
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
}

/**
 * Installs the Python readers and exits non-zero when they cannot be had: `.ci/run` starts it
 * as the tests start, so pip's minutes of unpacking run while the tests wait on browsers and disks.
 */
async function prepareOnly(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'loupe-interop-'));
  const python = await preparePython(join(work, 'hf'), log);
  await rm(work, { recursive: true, force: true });
  log(
    python.ok
      ? `Python readers ready: ${python.env.versions}`
      : `No Python readers: ${python.reason}`,
  );
  if (!python.ok) process.exitCode = 1;
}

/**
 * `npm run interop [-- --out PATH] [--keep] [--strict] [--show N] [--prepare]`: builds the
 * hard-case project through the CLI, exports every training format, reads each export with
 * its real consumer, prints the table and exits non-zero when any check (or control) fails,
 * or with `--strict` when any is skipped. `--prepare` installs the readers alone.
 */
async function main(): Promise<void> {
  const options = parseInteropOptions(process.argv.slice(2));
  if (options.prepare) return prepareOnly();
  const goldProblems = verifyGold(HARD_CASES);
  if (goldProblems.length > 0) {
    log(`The harness's own gold is wrong:\n${goldProblems.join('\n')}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'loupe-interop-'));
  const rows = await runAll(work);
  const seconds = (performance.now() - started) / 1000;
  printReport(rows, seconds, options.show);
  const out = resolve(CHECKOUT, options.out);
  await writeResult(out, rows, seconds);
  process.stdout.write(`\nAll differences: ${out}\n`);
  if (options.keep) process.stdout.write(`Exports and projects kept in ${work}\n`);
  else await rm(work, { recursive: true, force: true });
  const all = [...rows.exported, ...rows.controls];
  const failed = all.some((r) => r.status === 'fail');
  const skipped = all.some((r) => r.status === 'skip');
  if (failed || (options.strict && skipped)) process.exitCode = 1;
}

await main();
