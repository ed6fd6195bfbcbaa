import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { installProbe, openDone } from './pageProbe';

/**
 * `tsx scripts/bench/app/waterfall.ts [--size N] [--runs N]`: opens the running app on one
 * generated document and prints when each request started and ended, the paints and the
 * highlights, in ms since navigation start (medians are for the bench; this shows the order).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(['--quick', ...argv]);
  const sizeAt = Number(argv[argv.indexOf('--size') + 1] ?? 0);
  const size = documentSizes(options)[argv.includes('--size') ? sizeAt : 0];
  if (!size) throw new Error('no such size');
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-waterfall-'));
  await cp(generated, join(scratch, 'p'), { recursive: true });
  const server = await serveProject(join(scratch, 'p'), await benchUserFolder(options));
  const browser = await launchChromium();
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript('window.__name = (f) => f;');
      await context.addInitScript(installProbe);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(openDone, null, { polling: 50 });
      const rows = await page.evaluate(() => {
        const out: string[] = [];
        for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          out.push(
            `${e.startTime.toFixed(0).padStart(6)} → ${e.responseEnd.toFixed(0).padStart(6)}  ${(e.transferSize / 1024).toFixed(0).padStart(5)} KB  ${e.name.replace(location.origin, '')}`,
          );
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        out.unshift(
          `${'0'.padStart(6)} → ${nav.responseEnd.toFixed(0).padStart(6)}  document; DOMContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)}`,
        );
        for (const p of performance.getEntriesByType('paint'))
          out.push(`${p.startTime.toFixed(0).padStart(6)}  ${p.name}`);
        const probe = (
          window as unknown as { benchProbe: { first: number; all: number; ready: number } }
        ).benchProbe;
        out.push(`${probe.first.toFixed(0).padStart(6)}  first highlight painted`);
        out.push(`${probe.all.toFixed(0).padStart(6)}  all highlights drawn`);
        out.push(`${probe.ready.toFixed(0).padStart(6)}  ready for edits (app mounted)`);
        return out;
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      console.log(`\n${size.name}, run ${run + 1}, heap ${(usedSize / 1e6).toFixed(2)} MB`);
      console.log(rows.sort((a, b) => parseFloat(a) - parseFloat(b)).join('\n'));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
