import { median } from '../measure';
import {
  argument,
  bareWanted,
  openAgainstPages,
  type AgainstPages,
  type Side,
} from './againstPages';
import { withOpenedPage } from './openedPage';
import { openCpu, tracedOpen } from './openTrace';

type Browser = AgainstPages['browser'];

/** One side's figures of one round: page times (ms), heap after GC (bytes), main-thread CPU (ms). */
interface Round {
  first: number;
  all: number;
  ready: number;
  heap: number;
  cpuAll: number;
  cpuReady: number;
}

/** An untraced open as the bench's (fresh context): the probe's times and the heap after GC. */
function timedOpen(browser: Browser, url: string): Promise<Omit<Round, 'cpuAll' | 'cpuReady'>> {
  return withOpenedPage(browser, url, async (page) => {
    const probe = await page.evaluate(() => {
      const p = (window as unknown as { benchProbe: Record<string, number> }).benchProbe;
      return { first: Number(p.first), all: Number(p.all), ready: Number(p.ready) };
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { ...probe, heap: usedSize };
  });
}

/**
 * `tsx scripts/bench/app/openAgainst.ts --against <checkout> [--size N] [--rounds K] [--bare | --bare-isolated]`:
 * opens one generated document (size N of the full sizes, 0 = 1 KB) in this checkout's
 * `loupe serve`, another checkout's and with `--bare` the bench's bare ProseMirror page, taking
 * turns round by round on one browser so background load hits every side alike. Each round
 * opens each side twice in a fresh context: once as the bench does (first and all highlights,
 * ready for edits, JS heap after GC) and once traced (the page's main-thread CPU until all
 * highlights and until ready: thread time, robust where wall time is not). Prints every round
 * and each side's medians, with ratios to the bare page. `--bare-isolated` serves the bare page
 * cross-origin isolated like Loupe's: in a fresh context the browser then starts a renderer for
 * either page after its first answer, so the ratio shows the pages' own work.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const rounds = Number(argument(argv, '--rounds') ?? 7);
  const pages = await openAgainstPages(argv, 'open-against', bareWanted(argv));
  const { size, browser } = pages;
  const sides: { name: Side; url: string; rounds: Round[] }[] = pages.sides.map((name) => ({
    name,
    url: pages.url(name),
    rounds: [],
  }));
  try {
    // A first open of each warms its server, as the bench's later rounds are.
    for (const side of sides) await timedOpen(browser, side.url);
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const timed = await timedOpen(browser, side.url);
        const { probe, trace } = await tracedOpen(browser, side.url);
        const cpu = openCpu(trace, side.url, probe);
        const figures = { ...timed, cpuAll: cpu?.all ?? NaN, cpuReady: cpu?.ready ?? NaN };
        side.rounds.push(figures);
        console.log(`${size.name} ${side.name} round ${round + 1}: ${describe(figures)}`);
      }
    }
    const bare = sides.find((side) => side.name === 'bare');
    const medians = (side: (typeof sides)[number]): Round => ({
      first: median(side.rounds.map((r) => r.first)),
      all: median(side.rounds.map((r) => r.all)),
      ready: median(side.rounds.map((r) => r.ready)),
      heap: median(side.rounds.map((r) => r.heap)),
      cpuAll: median(side.rounds.map((r) => r.cpuAll)),
      cpuReady: median(side.rounds.map((r) => r.cpuReady)),
    });
    const base = bare ? medians(bare) : null;
    for (const side of sides) {
      const m = medians(side);
      const ratios = base
        ? `; ÷ bare: first ${(m.first / base.first).toFixed(2)}×, all ${(m.all / base.all).toFixed(2)}×, heap ${(m.heap / base.heap).toFixed(2)}×`
        : '';
      console.log(`${side.name} (${size.name}, ${rounds} rounds) medians: ${describe(m)}${ratios}`);
    }
  } finally {
    await pages.close();
  }
}

function describe(r: Round): string {
  return `first ${r.first.toFixed(0)}, all ${r.all.toFixed(0)}, ready ${r.ready.toFixed(0)} ms, heap ${(r.heap / 1e6).toFixed(2)} MB, CPU until all ${r.cpuAll.toFixed(1)}, until ready ${r.cpuReady.toFixed(1)} ms`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
