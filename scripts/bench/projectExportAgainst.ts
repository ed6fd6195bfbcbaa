// Exports of a whole bench project (100 docs × 100 spans, 1,000 × 1,000), this checkout
// against another one and the bench's baseline, interleaved round by round so all three see
// the same load: `npx tsx scripts/bench/projectExportAgainst.ts [--against <checkout>]
// [--rounds 7] [--formats conll,hf] [--sizes small,large]`. Prints medians of the CPU time of
// the build and of wall time with the durable write, and each side's throughput ratio against
// the baseline: JSON.stringify of the same records and one write, plain and durable
// (atomicWrite, what the bench's export scenario compares with).
// Profile with `node --cpu-prof --import tsx scripts/bench/projectExportAgainst.ts --sizes small`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as here from '../../src/node';
import { atomicWrite } from '../../src/node/store';
import type { ExportFormat } from '../../src/shared/contract/interchange';
import { releaseFiles } from '../../src/shared/formats';
import { parseBenchOptions } from './benchOptions';
import { benchProject, projectSizes, sizeName } from './benchProjects';
import { median } from './measure';

type Loupe = typeof here;

interface Timing {
  readonly cpu: number;
  readonly wall: number;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** CPU milliseconds of building and wall milliseconds of building and writing one export. */
async function exportOnce(
  loupe: Loupe,
  store: here.ProjectFolder,
  format: ExportFormat,
  out: string,
): Promise<Timing> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const exported = await loupe.exportProject(store, {
    format,
    annotator: 'amira',
    overlaps: 'longest',
  });
  const used = process.cpuUsage(cpu);
  await loupe.writeExportFiles(out, exported.result.files);
  releaseFiles(exported.result.files);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - start };
}

/** The bench's records of an export: JSON Lines parsed, CoNLL sentences as rows of columns. */
function recordsOf(format: ExportFormat, content: string): unknown[] {
  const lines = content.split('\n');
  if (format === 'conll') {
    const sentences: string[][][] = [[]];
    for (const line of lines) {
      if (line === '') sentences.push([]);
      else sentences.at(-1)?.push(line.split(' '));
    }
    return sentences.filter((sentence) => sentence.length > 0);
  }
  return lines
    .filter((line) => line.trim() !== '')
    .map((line): unknown => {
      try {
        return JSON.parse(line);
      } catch {
        return line;
      }
    });
}

function show(name: string, runs: readonly Timing[], baseline: readonly Timing[]): string {
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  const ratio = median(baseline.map((r) => r.wall)) / wall;
  const cpuRatio = median(baseline.map((r) => r.cpu)) / cpu;
  return `${name} cpu ${cpu.toFixed(0)} ms, wall ${wall.toFixed(0)} ms (${ratio.toFixed(2)}×, cpu ${cpuRatio.toFixed(2)}×)`;
}

async function main(): Promise<void> {
  const rounds = Number(option('rounds') ?? 7);
  const formats = (option('formats') ?? 'spans-jsonl,conll,hf').split(',') as ExportFormat[];
  const against = option('against');
  const other = against
    ? ((await import(resolve(against, 'src/node/index.ts'))) as Loupe)
    : undefined;
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
          const order = i % 2 === 0 ? (['here', 'other'] as const) : (['other', 'here'] as const);
          for (const side of order) {
            if (side === 'here') {
              const a = await exportOnce(here, store, format, join(out, `here-${format}`));
              if (!first) mine.push(a);
            } else if (other && otherStore) {
              const b = await exportOnce(
                other,
                otherStore as never,
                format,
                join(out, `other-${format}`),
              );
              if (!first) theirs.push(b);
            }
          }
          const start = performance.now();
          const cpu = process.cpuUsage();
          const json = records.map((r) => `${JSON.stringify(r)}\n`).join('');
          const used = process.cpuUsage(cpu);
          const built = performance.now();
          await writeFile(join(out, 'baseline.jsonl'), json);
          const written = performance.now();
          await atomicWrite(join(out, 'durable.jsonl'), json);
          if (!first) {
            const cpuMs = (used.user + used.system) / 1000;
            baseline.push({ cpu: cpuMs, wall: written - start });
            durable.push({ cpu: cpuMs, wall: built - start + performance.now() - written });
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
