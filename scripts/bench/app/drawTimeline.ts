import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { median } from '../measure';
import { serveFolder } from '../staticServer';
import { buildBarePage, writeBareDocument } from './appScenario';
import { withOpenedPage } from './openedPage';

interface Probe {
  first: number;
  all: number;
  ready: number;
  /** DOMContentLoaded: the page's entry has run (from then on Loupe holds keys for the app). */
  entry: number;
  longTasks: { start: number; duration: number }[];
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
}

/** One open in a fresh context, as the bench's: the probe's figures. */
function openOnce(browser: Browser, url: string): Promise<Probe> {
  return withOpenedPage(browser, url, (page) =>
    page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const probe = (window as unknown as { benchProbe: Probe }).benchProbe;
      return { ...probe, entry: nav.domContentLoadedEventStart };
    }),
  );
}

function describeOpen(probe: Probe): string {
  const tasks = probe.longTasks
    .filter((t) => t.start + t.duration >= probe.first - 1)
    .map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`);
  return `first ${probe.first.toFixed(0)}, entry ${probe.entry.toFixed(0)}, ready ${probe.ready.toFixed(0)}, all ${probe.all.toFixed(0)} ms; long tasks from the first highlights: ${tasks.join(' ') || 'none'}`;
}

/**
 * `tsx scripts/bench/app/drawTimeline.ts [--size N] [--opens K] [--against <checkout>] [--bare]`: opens
 * the running app on one generated document K times (each in a fresh context, as the bench
 * does) and prints, in page time, the first highlights, the entry run (DOMContentLoaded), ready
 * for edits, all highlights drawn,
 * and every task over 50 ms from the first highlights on. With `--against`, another
 * checkout's `loupe serve` and renderer open the same document in turn with this one, on one
 * browser, so background load hits both alike, and each side's medians are printed; `--bare`
 * adds the bench's bare ProseMirror page to the turns.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(['--quick', ...argv.filter((a) => a !== '--bare')]);
  const size = documentSizes({ ...options, scale: 1 })[Number(argument(argv, '--size') ?? 2)];
  if (!size) throw new Error('no such size');
  const opens = Number(argument(argv, '--opens') ?? 3);
  const against = argument(argv, '--against');
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-timeline-'));
  const home = await benchUserFolder(options);
  const sides: { name: string; url: string; stop(): Promise<void>; probes: Probe[] }[] = [];
  const browser = await launchChromium();
  try {
    const serves: [string, typeof serveProject][] = [['this', serveProject]];
    if (against) {
      const module = (await import(
        join(resolve(against), 'tests/e2e/support/serveProject.ts')
      )) as {
        serveProject: typeof serveProject;
      };
      serves.push(['other', module.serveProject]);
    }
    for (const [name, serve] of serves) {
      await cp(generated, join(scratch, name), { recursive: true });
      const server = await serve(join(scratch, name), home);
      sides.push({ name, url: server.url, stop: () => server.stop(), probes: [] });
      // A first open warms the server, as the bench's later rounds are.
      await openOnce(browser, server.url);
    }
    if (argv.includes('--bare')) {
      const bareDir = await buildBarePage();
      const statics = await serveFolder(bareDir);
      await writeBareDocument(join(scratch, 'this'), bareDir, 'doc-timeline.json');
      const url = `${statics.url}?doc=doc-timeline.json`;
      sides.push({ name: 'bare', url, stop: () => statics.stop(), probes: [] });
      await openOnce(browser, url);
    }
    for (let open = 0; open < opens; open++) {
      const order = open % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const probe = await openOnce(browser, side.url);
        side.probes.push(probe);
        console.log(`${size.name} ${side.name} open ${open + 1}: ${describeOpen(probe)}`);
      }
    }
    for (const side of sides) {
      const of = (key: 'first' | 'ready' | 'all' | 'entry'): string =>
        median(side.probes.map((p) => p[key])).toFixed(0);
      // How long the first highlights were on screen before the entry ran (keys not yet held).
      const unheld = side.probes.map((p) => Math.max(0, p.entry - p.first));
      console.log(
        `${side.name} (${size.name}, ${opens} opens) median first ${of('first')}, entry ${of('entry')}, ready ${of('ready')}, all ${of('all')} ms; highlights shown before the entry ran: median ${median(unheld).toFixed(0)}, longest ${Math.max(...unheld).toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    await Promise.all(sides.map((side) => side.stop()));
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
