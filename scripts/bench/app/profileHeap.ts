import { writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { summarizeHeap, topLines, type HeapSnapshot } from './heapSnapshotSummary';
import { withOpenedPage } from './openedPage';
import { argOf, openToolPages } from './toolPages';

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
  const rows = Number(argOf(argv, '--rows') ?? 30);
  const out = argOf(argv, '--out');
  const { size, pages, browser, close } = await openToolPages(argv, 'heap');
  try {
    const warm = await browser.newContext();
    await (
      await warm.newPage()
    ).goto(pages[0]?.[1] ?? '', {
      waitUntil: 'networkidle',
      timeout: 600_000,
    });
    await warm.close();
    for (const [name, url] of pages) {
      const taken = await snapshotOf(browser, url);
      report(`${name} ${size.name}`, taken.used, taken.snapshot, rows);
      const file = name === 'Loupe' ? 'loupe' : 'bare';
      if (out) await writeFile(`${out}-${file}.heapsnapshot`, taken.snapshot);
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
