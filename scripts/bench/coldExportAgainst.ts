// The first export in a fresh process, this checkout against another one and the bench's
// baseline, interleaved round by round so all three see the same load:
// `npx tsx scripts/bench/coldExportAgainst.ts --against <checkout> [--rounds 15]
// [--formats conll,hf] [--project <folder>]`. Prints medians of wall and main-thread CPU
// milliseconds and each side's throughput ratio against the baseline (as the bench computes it).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateDocumentProject, LARGE_DOCUMENT } from './data/generateDocumentProject';
import { median } from './measure';

const run = promisify(execFile);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

interface Timing {
  readonly ms: number;
  readonly cpu: number | null;
}

/** One fresh process of `checkout`'s coldExport.ts (the baseline when `mode` is 'baseline'). */
async function cold(checkout: string, mode: string, project: string, out: string): Promise<Timing> {
  const script = join(checkout, 'scripts/bench/coldExport.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, mode, project, out], {
    cwd: checkout,
    maxBuffer: 1 << 20,
  });
  const last = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Partial<Timing>;
  return { ms: last.ms ?? NaN, cpu: last.cpu ?? null };
}

function summary(name: string, runs: readonly Timing[], baseline: readonly Timing[]): string {
  const ms = median(runs.map((r) => r.ms));
  const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
  const cpu = cpus.length > 0 ? `, cpu ${median(cpus).toFixed(0)} ms` : '';
  const ratio = median(baseline.map((r) => r.ms)) / ms;
  return `${name} ${ms.toFixed(0)} ms${cpu} (${ratio.toFixed(2)}×)`;
}

async function main(): Promise<void> {
  const here = resolve(import.meta.dirname, '../..');
  const against = option('against');
  const rounds = Number(option('rounds') ?? 9);
  const formats = (option('formats') ?? 'spans-jsonl,conll,hf').split(',');
  const out = await mkdtemp(join(tmpdir(), 'loupe-cold-against-'));
  try {
    let project = option('project');
    if (!project) {
      project = join(out, 'project');
      await generateDocumentProject(project, 'amira', LARGE_DOCUMENT);
    }
    for (const format of formats) {
      const mine: Timing[] = [];
      const theirs: Timing[] = [];
      const baseline: Timing[] = [];
      for (let i = 0; i < rounds; i++) {
        // Which side goes first alternates, so neither always follows the other.
        const sides = i % 2 === 0 ? ['here', 'other'] : ['other', 'here'];
        for (const side of sides) {
          if (side === 'here') mine.push(await cold(here, format, project, out));
          else if (against) theirs.push(await cold(resolve(against), format, project, out));
        }
        baseline.push(await cold(here, 'baseline', project, out));
      }
      console.log(
        [
          `${format}:`,
          summary('baseline', baseline, baseline),
          summary('this checkout', mine, baseline),
          ...(against ? [summary(against, theirs, baseline)] : []),
        ].join(' | '),
      );
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

void main();
