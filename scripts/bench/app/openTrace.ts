import { writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { installProbe, openDone } from './pageProbe';
import { argOf, openToolPages } from './toolPages';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string; documentLoaderURL?: string } };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'navigation',
  'v8',
  'toplevel',
];

/** The page's navigation start and its renderer's main-thread events, from a trace of one open. */
function pageEvents(
  events: TraceEvent[],
  url: string,
): { start: TraceEvent; page: TraceEvent[] } | null {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The page's own navigation start, in the process that shows it (a cross-origin isolated
  // page is moved to another process when its response arrives).
  const start = events.findLast(
    (e) =>
      e.name === 'navigationStart' &&
      e.cat.includes('blink.user_timing') &&
      e.args?.data?.documentLoaderURL === url,
  );
  if (!start) return null;
  const page = events.filter(
    (e) => e.pid === start.pid && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  return { start, page };
}

/**
 * Main-thread CPU (thread time, what the page itself spent whatever else ran on the machine)
 * of the page's tasks that began from navigation start and before `ms` in page time.
 */
function cpuUntil(start: TraceEvent, page: readonly TraceEvent[], ms: number): number {
  return page
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= start.ts)
    .filter((e) => (e.ts - start.ts) / 1000 < ms)
    .reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
}

/** Each main-thread task of the page's renderer over 1 ms, with its largest inner events. */
function mainThreadTasks(
  events: TraceEvent[],
  probe: Record<string, number>,
  url: string,
): string[] {
  const found = pageEvents(events, url);
  if (!found) return ['no navigationStart in the trace'];
  const { start, page } = found;
  const at = (ts: number): string => ((ts - start.ts) / 1000).toFixed(1).padStart(7);
  const out: string[] = [];
  for (const task of page.filter((e) => e.name === 'RunTask' && e.ph === 'X')) {
    const dur = task.dur ?? 0;
    if (dur < 1000 || task.ts < start.ts) continue;
    const inner = page
      .filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts < task.ts + dur)
      .filter((e) => (e.dur ?? 0) >= 500 && e.name !== 'RunTask')
      .slice(0, 6)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? `(${e.args.data.url.replace(/^.*\//, '')})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`,
      );
    out.push(
      `${at(task.ts)} +${(dur / 1000).toFixed(1).padStart(6)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(1)})  ${inner.join(', ')}`,
    );
  }
  for (const mark of page.filter((e) => e.ph === 'R' || e.ph === 'I' || e.ph === 'n'))
    if (/firstPaint|firstContentfulPaint|domContentLoaded|navigationStart/i.test(mark.name))
      out.push(`${at(mark.ts)}  mark ${mark.name}`);
  out.push(...Object.entries(probe).map(([k, v]) => `${v.toFixed(1).padStart(7)}  probe ${k}`));
  const cpu = (ms: number | undefined): string => cpuUntil(start, page, ms ?? 0).toFixed(1);
  const sorted = out.sort((a, b) => parseFloat(a) - parseFloat(b));
  sorted.push(
    `main-thread CPU until first ${cpu(probe.first)} ms, all ${cpu(probe.all)} ms, ready ${cpu(probe.ready)} ms`,
  );
  return sorted;
}

/** Main-thread CPU of one traced open until each probe time (null: the trace lacks the page's start). */
export function openCpu(
  trace: Buffer,
  url: string,
  probe: { first: number; all: number; ready: number },
): { first: number; all: number; ready: number } | null {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const found = pageEvents(events, url);
  if (!found) return null;
  const { start, page } = found;
  return {
    first: cpuUntil(start, page, probe.first),
    all: cpuUntil(start, page, probe.all),
    ready: cpuUntil(start, page, probe.ready),
  };
}

/** One open in a fresh context with a DevTools trace of the whole browser: the probe's times and the trace. */
export async function tracedOpen(
  browser: Browser,
  url: string,
): Promise<{ probe: { first: number; all: number; ready: number }; trace: Buffer }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript('window.__name = (f) => f;');
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await browser.startTracing(undefined, { categories: CATEGORIES });
    await page.goto(url);
    await page.waitForFunction(openDone, null, { polling: 50, timeout: 600_000 });
    await page.waitForTimeout(200);
    const trace = await browser.stopTracing();
    const probe = await page.evaluate(() => {
      const p = (window as unknown as { benchProbe: Record<string, unknown> }).benchProbe;
      return { first: Number(p.first), all: Number(p.all), ready: Number(p.ready) };
    });
    return { probe, trace };
  } finally {
    await context.close();
  }
}

/** One traced open: the page's main-thread tasks, marks and probe times, and the trace. */
async function traceOpen(
  browser: Browser,
  url: string,
): Promise<{ rows: string[]; trace: Buffer }> {
  const { probe, trace } = await tracedOpen(browser, url);
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  return { rows: mainThreadTasks(events, probe, url), trace };
}

/**
 * `tsx scripts/bench/app/openTrace.ts [--size N] [--runs N] [--bare] [--out PREFIX]`: opens the
 * running app on one generated document with a DevTools trace on (and with `--bare` the bare
 * ProseMirror page in turn), and prints the page's main-thread tasks over 1 ms from navigation
 * start with their largest inner events, the paint marks and the probe's times; `--out` keeps
 * the traces (open them in DevTools' Performance panel).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = Number(argOf(argv, '--runs') ?? 2);
  const out = argOf(argv, '--out');
  const { size, pages, browser, close } = await openToolPages(argv, 'trace');
  try {
    for (let run = 0; run < runs; run++)
      for (const [name, url] of run % 2 === 0 ? pages : [...pages].reverse()) {
        const { rows, trace } = await traceOpen(browser, url);
        console.log(`\n== ${name}, ${size.name}, run ${run + 1}\n${rows.join('\n')}`);
        if (out) await writeFile(`${out}-${name}-${run + 1}.json`, trace);
      }
  } finally {
    await close();
  }
}

// Run as a script, not when openAgainst.ts imports the traced open.
if (process.argv[1]?.endsWith('openTrace.ts'))
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
