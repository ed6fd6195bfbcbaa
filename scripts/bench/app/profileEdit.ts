/**
 * Where an edit's time goes in the running app: `loupe serve` on the smallest generated
 * document, the real renderer in headless Chromium, a CPU profile and a trace around add,
 * delete and undo of one span, and the page's own marks (key down, request sent, answer,
 * saved, painted). Writes the profile and trace beside `--out` (default out/profile-edit)
 * and prints the heaviest frames. Usage: `npx tsx scripts/bench/app/profileEdit.ts [--size 0]`.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { serveProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { installProbe, selectInFirstParagraph, untilChanged } from './pageProbe';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Several profiles as one (node ids made unique), for one table. */
function merged(list: readonly Profile[]): Profile {
  const out: Profile = { nodes: [], samples: [], timeDeltas: [] };
  list.forEach((p, i) => {
    const shift = (id: number) => id + i * 1_000_000;
    out.nodes.push(
      ...p.nodes.map((n) => ({ ...n, id: shift(n.id), children: n.children?.map(shift) ?? [] })),
    );
    out.samples.push(...p.samples.map(shift));
    out.timeDeltas.push(0, ...p.timeDeltas.slice(1));
  });
  return out;
}

/** Time per function (ms) including what it calls, heaviest first. */
function inclusiveFrames(profile: Profile): [string, number][] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<number, number>();
  const sum = (id: number): number => {
    const node = byId.get(id);
    const t = (self.get(id) ?? 0) + (node?.children ?? []).reduce((a, c) => a + sum(c), 0);
    total.set(id, t);
    return t;
  };
  const children = new Set(profile.nodes.flatMap((n) => n.children ?? []));
  for (const n of profile.nodes) if (!children.has(n.id)) sum(n.id);
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber}`;
    // A recursive function counts once: only its outermost frames.
    byName.set(name, (byName.get(name) ?? 0) + (total.get(node.id) ?? 0));
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, 60);
}

/** Self time per function (ms), heaviest first. */
function topFrames(profile: Profile) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber}`;
    byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, 45);
}

/** Marks in the page: key down, each API request sent and answered, save state and span count changes. */
function installMarks(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const name = String(input).replace(/.*\/api\//, '');
    performance.mark(`fetch ${name}`);
    const response = await original(input, init);
    performance.mark(`answer ${name}`);
    return response;
  };
  window.addEventListener('keydown', (e) => performance.mark(`key ${e.key}`), true);
  let spans = -1;
  let saved = '';
  new MutationObserver(() => {
    const count = document.querySelectorAll('.ProseMirror .lp-span').length;
    if (count !== spans) performance.mark(`spans ${(spans = count)}`);
    const state = document.querySelector('[data-testid="save-state"]')?.className ?? '';
    if (state !== saved) performance.mark(`state ${(saved = state)}`);
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

let profiler: CDPSession | null = null;
const profiles: unknown[] = [];

async function timedKey(page: Page, key: string, grow: boolean): Promise<number> {
  if (profiler) await profiler.send('Profiler.start');
  const before = await page.evaluate(
    () => document.querySelector('.ProseMirror > *')?.querySelectorAll('.lp-span').length ?? 0,
  );
  const done = page.evaluate(untilChanged, { before, grow });
  await page.keyboard.press(key);
  const ms = await done;
  if (profiler) profiles.push((await profiler.send('Profiler.stop')).profile);
  return ms;
}

async function cycle(page: Page): Promise<number[]> {
  await page.evaluate(selectInFirstParagraph, { start: 20, end: 31 });
  await page.locator('.lp-labelmenu').waitFor();
  const add = await timedKey(page, '1', true);
  const selected = page.locator('.ProseMirror .lp-span--selected').first();
  await selected.waitFor();
  await page.getByTestId('covered-text').waitFor();
  const remove = await timedKey(page, 'Delete', false);
  const undo = await timedKey(page, 'Control+z', true);
  return [add, remove, undo];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(['--quick', ...argv]);
  const at = Number(argv[argv.indexOf('--size') + 1] ?? 0) || 0;
  const out = resolve(
    argv.includes('--out') ? String(argv[argv.indexOf('--out') + 1]) : 'out/profile-edit',
  );
  await mkdir(out, { recursive: true });
  const size = documentSizes(options)[at];
  if (!size) throw new Error(`no size ${at}`);
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-profile-edit-'));
  const dir = join(scratch, 'project');
  await cp(generated, dir, { recursive: true });
  const server = await serveProject(dir, await benchUserFolder(options));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript('window.__name = (f) => f;');
    await context.addInitScript(installProbe);
    await context.addInitScript(installMarks);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(
      () => (window as unknown as { benchProbe: { all: number } }).benchProbe.all > 0,
    );
    const warm = await cycle(page);
    console.log(`warm-up add/delete/undo: ${warm.map((t) => t.toFixed(1)).join(' / ')} ms`);
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    profiler = cdp;
    const rounds: number[][] = [];
    for (let i = 0; i < 5; i++) rounds.push(await cycle(page));
    profiler = null;
    const profile = merged(profiles as Profile[]);
    await writeFile(join(out, 'edit.cpuprofile'), JSON.stringify(profile)); // all rounds, as one
    const tracing = await browser.startTracing(page, { path: join(out, 'edit.trace.json') });
    void tracing;
    rounds.push(await cycle(page));
    await browser.stopTracing();
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .slice(-60)
        .map((m) => `${m.startTime.toFixed(1)} ${m.name}`)
        .concat(
          performance
            .getEntriesByType('resource')
            .filter((r) => r.name.includes('/api/'))
            .slice(-12)
            .map((r) => {
              const t = r as PerformanceResourceTiming;
              return `resource ${t.name.replace(/.*\/api\//, '')} start ${t.startTime.toFixed(1)} request ${t.requestStart.toFixed(1)} response ${t.responseStart.toFixed(1)} end ${t.responseEnd.toFixed(1)} server ${t.serverTiming.map((s) => `${s.name}=${s.duration}`).join(',')}`;
            }),
        ),
    );
    for (const [i, r] of rounds.entries())
      console.log(`round ${i + 1} add/delete/undo: ${r.map((t) => t.toFixed(1)).join(' / ')} ms`);
    console.log(marks.join('\n'));
    console.log('top self time (ms) over 5 rounds:');
    for (const [name, ms] of topFrames(profile))
      console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
    console.log('inclusive time (ms), key to seen and saved, 5 rounds of add, delete, undo:');
    for (const [name, ms] of inclusiveFrames(profile))
      console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  } finally {
    await browser.close();
    await server.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
