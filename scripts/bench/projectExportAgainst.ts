// Exports of a whole bench project (100 docs × 100 spans, 1,000 × 1,000), this checkout
// against another one and the bench's baseline, interleaved round by round so all three see
// the same load: `npx tsx scripts/bench/projectExportAgainst.ts [--against <checkout>]
// [--rounds 7] [--formats conll,hf] [--sizes small,large]`. Prints medians of the CPU time of
// the build and write (all threads, and the main thread's alone) and of wall time with the
// durable write, and each side's throughput ratio against the baseline: JSON.stringify of the
// same records and one write, plain and durable (atomicWrite, what the bench's export scenario
// compares with).
// Profile with `node --cpu-prof --import tsx scripts/bench/projectExportAgainst.ts --sizes small`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as here from '../../src/node';
import { atomicWrite } from '../../src/node/store';
import type { ExportFormat } from '../../src/shared/contract/interchange';
import { parseBenchOptions } from './benchOptions';
import { benchProject, projectSizes, sizeName } from './benchProjects';
import { exportTurns, option, otherLoupe, type Timing } from './exportTurns';
import { median, threadCpu } from './measure';
import { recordsOf } from './scenarios/exportScenario';

function show(name: string, runs: readonly Timing[], baseline: readonly Timing[]): string {
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  const ratio = median(baseline.map((r) => r.wall)) / wall;
  const cpuRatio = median(baseline.map((r) => r.cpu)) / cpu;
  const main = median(runs.map((r) => r.main));
  return `${name} cpu ${cpu.toFixed(0)} ms (main thread ${main.toFixed(0)}), wall ${wall.toFixed(0)} ms (${ratio.toFixed(2)}×, cpu ${cpuRatio.toFixed(2)}×)`;
}

async function main(): Promise<void> {
  const rounds = Number(option('rounds') ?? 7);
  const formats = (option('formats') ?? 'spans-jsonl,conll,hf').split(',') as ExportFormat[];
  const against = option('against');
  const other = await otherLoupe(against);
  const options = parseBenchOptions([]);
  const sizes = projectSizes(options);
  const wanted = (option('sizes') ?? 'small,large').split(',') as ('small' | 'large')[];
  const out = await mkdtemp(join(tmpdir(), 'loupe-project-export-'));
  try {
    for (const key of wanted) {
      const size = sizes[key];
      const dir = await benchProject(options, size, (line) => console.error(line));
      const store = await here.ProjectFolder.open(dir);
      const otherStore = other ? await other.ProjectFolder.open(dir) : undefined;
      const sides = { store, other, otherStore, out };
      const runs = key === 'large' ? Math.min(rounds, 3) : rounds;
      for (const format of formats) {
        const sample = await here.exportProject(store, {
          format,
          annotator: 'amira',
          overlaps: 'longest',
        });
        const records = sample.result.files.flatMap((file) => recordsOf(format, file.content));
        const mine: Timing[] = [];
        const theirs: Timing[] = [];
        const baseline: Timing[] = [];
        const durable: Timing[] = [];
        for (let i = 0; i <= runs; i++) {
          const first = i === 0; // a warm-up of each, not counted
          await exportTurns(sides, format, i, mine, theirs);
          const start = performance.now();
          const cpu = process.cpuUsage();
          const main = threadCpu();
          const json = records.map((r) => `${JSON.stringify(r)}\n`).join('');
          const used = process.cpuUsage(cpu);
          const mainUsed = threadCpu() - main;
          const built = performance.now();
          await writeFile(join(out, 'baseline.jsonl'), json);
          const written = performance.now();
          await atomicWrite(join(out, 'durable.jsonl'), json);
          if (!first) {
            const cpuMs = (used.user + used.system) / 1000;
            baseline.push({ cpu: cpuMs, main: mainUsed, wall: written - start });
            durable.push({
              cpu: cpuMs,
              main: mainUsed,
              wall: built - start + performance.now() - written,
            });
          }
        }
        for (const [name, base] of [
          ['a write', baseline],
          ['a durable write', durable],
        ] as const)
          console.log(
            [
              `${format} ${sizeName(size)} against stringify + ${name}:`,
              show('baseline', base, base),
              show('this checkout', mine, base),
              ...(other ? [show(against ?? '', theirs, base)] : []),
            ].join(' | '),
          );
      }
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

void main();
