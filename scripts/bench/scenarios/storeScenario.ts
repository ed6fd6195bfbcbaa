import { open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createWorkbench, projectLayout, type Workbench } from '../../../src/node';
import {
  benchUserFolder,
  documentProject,
  documentSizes,
  type DocumentSize,
} from '../benchProjects';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { median, timeOnce } from '../measure';

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

interface Subject {
  readonly size: DocumentSize;
  readonly dir: string;
  readonly workbench: Workbench;
  readonly documentId: string;
  readonly add: number[];
  readonly remove: number[];
}

async function openSubject(
  options: BenchOptions,
  size: DocumentSize,
  userFolder: string,
  log: (line: string) => void,
): Promise<Subject> {
  const dir = await documentProject(options, size, log);
  const workbench = await createWorkbench(dir, { userFolder });
  const [first] = await workbench.listDocuments({});
  if (!first) throw new Error('the generated project has no documents');
  await workbench.openDocument({ documentId: first.id });
  return { size, dir, workbench, documentId: first.id, add: [], remove: [] };
}

/** One acknowledged add and the delete of the same span (the layer keeps its size). */
async function addThenDelete(subject: Subject): Promise<void> {
  let spanId = '';
  subject.add.push(
    await timeOnce(async () => {
      const result = await subject.workbench.addSpan({
        documentId: subject.documentId,
        label: 'PERSON',
        fragments: [{ start: 10, end: 20 }],
      });
      spanId = result.changes[0]?.upserted[0]?.id ?? '';
    }),
  );
  subject.remove.push(
    await timeOnce(() => subject.workbench.deleteSpan({ documentId: subject.documentId, spanId })),
  );
}

/**
 * Scenario 2: an acknowledged (durably saved) add and delete through the workbench on one
 * document of each size, rounds interleaved across sizes; target: the 1 MB / 22k-span layer
 * costs ≤ 1.5× the 10-span one. Also the snapshot's bytes per span (target ≤ 120 B).
 */
export async function storeScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const userFolder = await benchUserFolder(options);
  const subjects: Subject[] = [];
  const scratch = join(await benchUserFolder(options), 'bench-small-file.json');
  const floor: number[] = [];
  const bytes = new TextEncoder().encode(`${JSON.stringify({ id: 's_1', label: 'GPE' })}\n`);
  try {
    for (const size of documentSizes(options))
      subjects.push(await openSubject(options, size, userFolder, log));
    const runs = Math.max(40, options.runs * 10);
    for (const subject of subjects) await addThenDelete(subject); // warm-up
    for (const subject of subjects) subject.add.length = subject.remove.length = 0;
    for (let i = 0; i < runs; i++) {
      for (const subject of subjects) await addThenDelete(subject);
      floor.push(await timeOnce(() => writeSmallFile(scratch, bytes)));
    }
  } finally {
    for (const subject of subjects) await subject.workbench.close();
    await rm(scratch, { force: true });
  }
  const smallest = subjects[0];
  if (!smallest) return [];
  const rows: BenchRow[] = [];
  for (const subject of subjects) {
    const large = subject.size.spans >= 22_000;
    for (const [metric, times, base] of [
      ['add one span, acknowledged (durable)', subject.add, smallest.add],
      ['delete one span, acknowledged (durable)', subject.remove, smallest.remove],
    ] as const)
      rows.push(
        row({
          scenario: 'store',
          size: subject.size.name,
          metric,
          unit: 'ms',
          loupe: median(times),
          baseline: median(base),
          target: large ? '≤ 1.5×' : '',
          ...(large ? { bound: { kind: '<=', value: 1.5 } as const } : {}),
          runs: times.length,
          reference: median(floor),
          note: `baseline: the same on ${smallest.size.name}; reference: write + fsync one small file`,
        }),
      );
    const layer = projectLayout.layer(subject.dir, 'amira', subject.documentId);
    const size = (await stat(layer)).size;
    rows.push(
      row({
        scenario: 'store',
        size: subject.size.name,
        metric: 'layer snapshot on disk per span',
        unit: 'B',
        loupe: size / subject.size.spans,
        baseline: 120,
        target: '≤ 120 B',
        ...(subject.size.spans >= 2_000 ? { bound: { kind: '<=', value: 1 } as const } : {}),
        runs: 1,
        note: `${(size / 2 ** 20).toFixed(2)} MiB snapshot after close; baseline: the 120 B target`,
      }),
    );
  }
  return rows;
}
