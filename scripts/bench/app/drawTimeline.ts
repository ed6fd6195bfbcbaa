import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { installProbe, openDone } from './pageProbe';

interface Probe {
  first: number;
  all: number;
  ready: number;
  longTasks: { start: number; duration: number }[];
}

/**
 * `tsx scripts/bench/app/drawTimeline.ts [--size N] [--opens K]`: opens the running app on one
 * generated document K times (each in a fresh context, as the bench does) and prints, in page
 * time, the first highlights, ready for edits, all highlights drawn, and every task over 50 ms
 * from the first highlights on: where the time between the first and the last highlight goes.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(['--quick', ...argv]);
  const at = argv.indexOf('--size');
  const size = documentSizes({ ...options, scale: 1 })[at >= 0 ? Number(argv[at + 1]) : 2];
  if (!size) throw new Error('no such size');
  const opens = argv.includes('--opens') ? Number(argv[argv.indexOf('--opens') + 1]) : 3;
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-timeline-'));
  await cp(generated, join(scratch, 'p'), { recursive: true });
  const server = await serveProject(join(scratch, 'p'), await benchUserFolder(options));
  const browser = await launchChromium();
  try {
    for (let open = 0; open < opens; open++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript('window.__name = (f) => f;');
      await context.addInitScript(installProbe);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(openDone, null, { polling: 50, timeout: 600_000 });
      const probe = await page.evaluate(
        () => (window as unknown as { benchProbe: Probe }).benchProbe,
      );
      const tasks = probe.longTasks
        .filter((t) => t.start + t.duration >= probe.first - 1)
        .map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`);
      console.log(
        `${size.name} open ${open + 1}: first ${probe.first.toFixed(0)}, ready ${probe.ready.toFixed(0)}, all ${probe.all.toFixed(0)} ms; tasks from the first highlights: ${tasks.join(' ')}`,
      );
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
