/**
 * Where an edit's time goes in the running app: `loupe serve` on the smallest generated
 * document, the real renderer in headless Chromium, a CPU profile and a trace around add,
 * delete and undo of one span, and the page's own marks (key down, request sent, answer,
 * saved, painted). Writes the profile and trace beside `--out` (default out/profile-edit)
 * and prints the heaviest frames. With `--after MS` each profile goes on for MS once the change is seen
 * and saved, to take in what follows an edit (the side panels). Usage:
 * `npx tsx scripts/bench/app/profileEdit.ts [--size 0] [--after 400]`.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { serveProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { installProbe, openDone, selectInFirstParagraph, untilChanged } from './pageProbe';
import { inclusiveFrames, merged, topFrames, type Profile } from '../cpuProfileFrames';

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
/** With `--after MS`: how long the profile goes on once the change is seen and saved (0: it stops there). */
let afterMs = 0;

async function timedKey(page: Page, key: string, grow: boolean): Promise<number> {
  if (profiler) await profiler.send('Profiler.start');
  const before = await page.evaluate(
    () => document.querySelector('.ProseMirror > *')?.querySelectorAll('.lp-span').length ?? 0,
  );
  const done = page.evaluate(untilChanged, { before, grow });
  await page.keyboard.press(key);
  const ms = await done;
  if (profiler && afterMs > 0) await page.waitForTimeout(afterMs);
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
  if (argv.includes('--after')) afterMs = Number(argv[argv.indexOf('--after') + 1]) || 0;
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
    await page.waitForFunction(openDone);
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
