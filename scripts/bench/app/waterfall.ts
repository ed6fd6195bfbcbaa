import type { Browser } from 'playwright-core';
import { withOpenedPage } from './openedPage';
import { argOf, openToolPages } from './toolPages';

/** The requests, paints and probe times of one open, in ms since navigation start, and its heap. */
function waterfallOf(browser: Browser, url: string): Promise<{ rows: string[]; heap: number }> {
  return withOpenedPage(browser, url, async (page) => {
    const rows = await page.evaluate(() => {
      const out: string[] = [];
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        out.push(
          `${e.startTime.toFixed(0).padStart(6)} → ${e.responseEnd.toFixed(0).padStart(6)}  ${(e.transferSize / 1024).toFixed(0).padStart(5)} KB  ${e.name.replace(location.origin, '')}`,
        );
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      out.unshift(
        `${nav.responseStart.toFixed(0).padStart(6)} → ${nav.responseEnd.toFixed(0).padStart(6)}  document; DOMContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)}`,
      );
      for (const p of performance.getEntriesByType('paint'))
        out.push(`${p.startTime.toFixed(0).padStart(6)}  ${p.name}`);
      const probe = (
        window as unknown as { benchProbe: { first: number; all: number; ready: number } }
      ).benchProbe;
      out.push(`${probe.first.toFixed(0).padStart(6)}  first highlight painted`);
      out.push(`${probe.all.toFixed(0).padStart(6)}  all highlights drawn`);
      out.push(`${probe.ready.toFixed(0).padStart(6)}  ready for edits`);
      return out;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { rows: rows.sort((a, b) => parseFloat(a) - parseFloat(b)), heap: usedSize };
  });
}

/**
 * `tsx scripts/bench/app/waterfall.ts [--size N] [--runs N] [--bare]`: opens the running app
 * on one generated document (each open in a fresh context, as the bench does) and prints when
 * each request started and ended, the paints and the highlights, in ms since navigation start
 * (medians are for the bench; this shows the order). With `--bare` the bare ProseMirror page
 * opens the same document in turn.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = Number(argOf(argv, '--runs') ?? 3);
  const { size, pages, browser, close } = await openToolPages(argv, 'waterfall');
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, url] of run % 2 === 0 ? pages : [...pages].reverse()) {
        const { rows, heap } = await waterfallOf(browser, url);
        console.log(`\n${name}, ${size.name}, run ${run + 1}, heap ${(heap / 1e6).toFixed(2)} MB`);
        console.log(rows.join('\n'));
      }
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
