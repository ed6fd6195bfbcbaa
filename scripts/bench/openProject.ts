import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createWorkbench } from '../../src/node';

/**
 * Run in its own process by the open scenario: opens a project and lists its documents with
 * span counts, then prints {ms, rssMB, heapMB} as JSON. `raw` reads the same files with
 * readFile + JSON.parse and nothing else (the baseline).
 */
async function main(): Promise<void> {
  const [mode, dir, userFolder] = process.argv.slice(2) as [string, string, string];
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  let count = 0;
  if (mode === 'loupe') {
    const workbench = await createWorkbench(dir, { userFolder, access: 'read' });
    count = (await workbench.listDocuments({})).reduce((n, d) => n + d.spanCount, 0);
    const ms = performance.now() - start;
    report(ms, before, count, gc);
    await workbench.close();
    return;
  }
  const metas = (await readdir(join(dir, 'documents'))).filter((n) => n.endsWith('.json'));
  for (const name of metas) {
    JSON.parse(await readFile(join(dir, 'documents', name), 'utf8'));
    const layer = JSON.parse(await readFile(join(dir, 'annotations', 'amira', name), 'utf8')) as {
      spans: unknown[];
    };
    count += layer.spans.length;
  }
  report(performance.now() - start, before, count, gc);
}

function report(
  ms: number,
  before: NodeJS.MemoryUsage,
  spans: number,
  gc: (() => void) | undefined,
): void {
  gc?.();
  const after = process.memoryUsage();
  const mb = (n: number): number => n / 1024 / 1024;
  process.stdout.write(
    `${JSON.stringify({ ms, rssMB: mb(after.rss - before.rss), heapMB: mb(after.heapUsed - before.heapUsed), spans })}\n`,
  );
}

void main();
