import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite, createWorkbench, projectLayout } from '../../../src/node';
import { benchProject, benchUserFolder, projectSizes, sizeName } from '../benchProjects';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { median, medianPair, timeOnce } from '../measure';

/** Writes and fsyncs one small file: what a save can at best cost. */
async function writeSmallFile(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The durable replace of the layer file by itself: the part of a save no code change can remove. */
async function atomicFloor(dir: string, documentId: string, runs: number): Promise<number> {
  const bytes = await readFile(projectLayout.layer(dir, 'amira', documentId));
  const copy = join(dir, 'bench-layer-copy.json');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOnce(() => atomicWrite(copy, bytes)));
  await rm(copy, { force: true });
  return median(times);
}

/** Scenario 2: saving one span edit through the workbench, against writing and fsyncing one small file. */
export async function storeScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const sizes = projectSizes(options);
  const userFolder = await benchUserFolder(options);
  const rows: BenchRow[] = [];
  for (const size of [sizes.small, sizes.large]) {
    const dir = await benchProject(options, size, log);
    const workbench = await createWorkbench(dir, { userFolder });
    try {
      const [first] = await workbench.listDocuments({});
      if (!first) throw new Error('the generated project has no documents');
      const opened = await workbench.openDocument({ documentId: first.id });
      const span = opened.layer.spans[0];
      if (!span) throw new Error('the generated document has no spans');
      let flip = false;
      const edit = async (): Promise<void> => {
        flip = !flip;
        await workbench.updateSpan({
          documentId: first.id,
          spanId: span.id,
          label: flip ? 'GPE' : span.label,
        });
      };
      const scratch = join(dir, 'bench-small-file.json');
      const bytes = new TextEncoder().encode(
        `${JSON.stringify({ id: span.id, label: 'GPE', fragments: span.fragments }, null, 2)}\n`,
      );
      const pair = await medianPair(options.runs * 4, edit, () => writeSmallFile(scratch, bytes));
      const floor = await atomicFloor(dir, first.id, options.runs * 4);
      if (flip) await edit();
      await rm(scratch, { force: true });
      rows.push(
        row({
          scenario: 'store',
          size: sizeName(size),
          metric: 'save one span edit (updateSpan, durable)',
          unit: 'ms',
          loupe: pair.subject,
          baseline: pair.baseline,
          target: '≤ 2.0×',
          bound: { kind: '<=', value: 2 },
          runs: options.runs * 4,
          reference: floor,
          note: 'baseline: write + fsync one small file; reference: the same layer bytes through atomicWrite alone (temp, fsync, rename, fsync folder)',
        }),
      );
    } finally {
      await workbench.close();
    }
  }
  return rows;
}
