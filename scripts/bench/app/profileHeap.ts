import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { serveFolder } from '../staticServer';
import { buildBarePage, writeBareDocument } from './appScenario';
import { summarizeHeap, topLines, type HeapSnapshot } from './heapSnapshotSummary';
import { withOpenedPage } from './openedPage';

/** Opens `url` in a fresh context as the bench does, and answers the heap after GC and its snapshot. */
async function snapshotOf(
  browser: Browser,
  url: string,
): Promise<{ used: number; snapshot: string }> {
  // As the bench: every highlight drawn and the app ready (the first screen from the server
  // is drawn before any script has run).
  return withOpenedPage(browser, url, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return { used: usedSize, snapshot: chunks.join('') };
  });
}

function report(label: string, used: number, snapshot: string, rows: number): void {
  const summary = summarizeHeap(JSON.parse(snapshot) as HeapSnapshot);
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
  console.log(
    `\n== ${label}: heap used after GC ${mb(used)} MB, snapshot nodes ${mb(summary.total)} MB`,
  );
  console.log('by type:', ...topLines(summary.byType, 12).map((l) => `\n${l}`));
  console.log('by kind:', ...topLines(summary.byName, rows).map((l) => `\n${l}`));
  console.log('functions by script:', ...topLines(summary.byScript, 12).map((l) => `\n${l}`));
}

/**
 * `tsx scripts/bench/app/profileHeap.ts [--size N] [--bare] [--rows N] [--out PREFIX]`: opens
 * the running app on one generated document (and with `--bare` the bare ProseMirror page) as
 * the bench does, forces a GC, prints the heap the bench reports and a snapshot grouped by
 * type, by kind (constructor, code kind) and functions by script; `--out` keeps the
 * `.heapsnapshot` files (open them in Chrome's DevTools, Memory tab).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(['--quick', ...argv.filter((a) => a !== '--bare')]);
  const arg = (name: string): string | undefined =>
    argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined;
  const size = documentSizes({ ...options, scale: 1 })[Number(arg('--size') ?? 0)];
  if (!size) throw new Error('no such size');
  const rows = Number(arg('--rows') ?? 30);
  const out = arg('--out');
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-heap-'));
  await cp(generated, join(scratch, 'p'), { recursive: true });
  const server = await serveProject(join(scratch, 'p'), await benchUserFolder(options));
  const bareDir = argv.includes('--bare') ? await buildBarePage() : null;
  const statics = bareDir ? await serveFolder(bareDir) : null;
  const browser = await launchChromium();
  try {
    const warm = await browser.newContext();
    await (await warm.newPage()).goto(server.url, { waitUntil: 'networkidle', timeout: 600_000 });
    await warm.close();
    const loupe = await snapshotOf(browser, server.url);
    report(`Loupe ${size.name}`, loupe.used, loupe.snapshot, rows);
    if (out) await writeFile(`${out}-loupe.heapsnapshot`, loupe.snapshot);
    if (bareDir && statics) {
      await writeBareDocument(join(scratch, 'p'), bareDir, 'doc-heap.json');
      const bare = await snapshotOf(browser, `${statics.url}?doc=doc-heap.json`);
      report(`bare ProseMirror ${size.name}`, bare.used, bare.snapshot, rows);
      if (out) await writeFile(`${out}-bare.heapsnapshot`, bare.snapshot);
    }
  } finally {
    await browser.close();
    await statics?.stop();
    await server.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
