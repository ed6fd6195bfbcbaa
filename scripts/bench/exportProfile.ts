// The 1 MB / 22k-span document exported again and again, for profiling and for before/after
// figures on a loaded machine: medians of the CPU time spent building each export (layers
// read, tokens, tags, bytes) and of the wall time with the durable write, beside the bench's
// baseline. `--against DIR` interleaves the same runs of another checkout's code (its
// src/node), so both see the same load. Profile with
// `node --cpu-prof --import tsx scripts/bench/exportProfile.ts [--runs N] [--formats conll,hf]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as here from '../../src/node';
import { atomicWrite } from '../../src/node/store';
import type { ExportFormat } from '../../src/shared/contract/interchange';
import { generateDocumentProject, LARGE_DOCUMENT } from './data/generateDocumentProject';
import { exportTurns, option, otherLoupe, type Timing } from './exportTurns';
import { median, threadCpu } from './measure';

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 9);
  const formats = (option('formats') ?? 'spans-jsonl,conll,hf').split(',') as ExportFormat[];
  const against = option('against');
  const other = await otherLoupe(against);
  const out = await mkdtemp(join(tmpdir(), 'loupe-export-profile-'));
  try {
    const dir = join(out, 'project');
    await generateDocumentProject(dir, 'amira', LARGE_DOCUMENT);
    const store = await here.ProjectFolder.open(dir);
    const otherStore = other ? await other.ProjectFolder.open(dir) : undefined;
    const sides = { store, other, otherStore, out };
    const meta = store.listDocuments()[0];
    if (!meta) throw new Error('the generated project has no document');
    const text = await store.readText(meta.id);
    const layer = await store.readLayerShared(meta.id, 'amira');
    for (const format of formats) {
      const mine: Timing[] = [];
      const theirs: Timing[] = [];
      const baseline: Timing[] = [];
      for (let i = 0; i <= runs; i++) {
        const first = i === 0; // a warm-up of each, not counted
        await exportTurns(sides, format, i, mine, theirs);
        const start = performance.now();
        const cpu = process.cpuUsage();
        const main = threadCpu();
        const json = JSON.stringify({ text, spans: layer.spans });
        const used = process.cpuUsage(cpu);
        const mainUsed = threadCpu() - main;
        await atomicWrite(join(out, 'document.json'), json);
        if (!first)
          baseline.push({
            cpu: (used.user + used.system) / 1000,
            main: mainUsed,
            wall: performance.now() - start,
          });
      }
      const show = (name: string, v: Timing[]): string =>
        `${name} cpu ${median(v.map((r) => r.cpu)).toFixed(1)} ms (main thread ${median(v.map((r) => r.main)).toFixed(1)}), wall ${median(v.map((r) => r.wall)).toFixed(1)} ms`;
      const ratio = (v: { wall: number }[]): string =>
        (median(baseline.map((r) => r.wall)) / median(v.map((r) => r.wall))).toFixed(2);
      console.log(
        [
          `${format}:`,
          show('baseline', baseline),
          `${show('this checkout', mine)} (${ratio(mine)}×)`,
          ...(other ? [`${show(against ?? '', theirs)} (${ratio(theirs)}×)`] : []),
        ].join(' | '),
      );
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

void main();
