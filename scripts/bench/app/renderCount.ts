/**
 * Which components render, and in how many render passes, for one add, delete and undo of a
 * span in the running app, and at open: the renderer built for production without minifying (so components
 * keep their names), served in process on a generated document, driven in headless Chromium
 * with Preact's DevTools hook counting the components each pass rendered.
 * Usage: `npx tsx scripts/bench/app/renderCount.ts [--size 0] [--cycles 3]`.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { createWorkbench } from '../../../src/node';
import { startServer } from '../../../src/server';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { installProbe, selectInFirstParagraph, untilChanged } from './pageProbe';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Counts, per render pass, the components that rendered: Preact's DevTools hook (the window
 * loads `preact/devtools`, which hands Preact's options to `__PREACT_DEVTOOLS__` when a page
 * defines it). Preact renders its queue of changed components in one task, so the components
 * rendered before the next microtask are one pass (React's commit).
 */
function installRenderCounter(): void {
  type Component = ((props: unknown) => unknown) & { displayName?: string };
  type VNode = { type: string | Component | null };
  type Options = { diffed?: (vnode: VNode) => void };
  const counts = {
    commits: 0,
    renders: {} as Record<string, number>,
    timeline: [] as string[],
    keyDown: 0,
  };
  window.addEventListener('keydown', () => (counts.keyDown = performance.now()), true);
  const close = (pass: Record<string, number>): void => {
    const total = Object.values(pass).reduce((sum, n) => sum + n, 0);
    const names = Object.keys(pass).slice(0, 12);
    const at = (performance.now() - counts.keyDown).toFixed(1);
    counts.timeline.push(`+${at} ms: ${total} renders (${names.join(' ')})`);
  };
  const attachPreact = (_version: string, options: Options): void => {
    const diffed = options.diffed;
    let pass: Record<string, number> | null = null;
    options.diffed = (vnode) => {
      if (typeof vnode.type === 'function') {
        if (!pass) {
          const opened: Record<string, number> = (pass = {});
          counts.commits++;
          queueMicrotask(() => {
            close(opened);
            pass = null;
          });
        }
        const name = vnode.type.displayName ?? vnode.type.name ?? '?';
        pass[name] = (pass[name] ?? 0) + 1;
        counts.renders[name] = (counts.renders[name] ?? 0) + 1;
      }
      diffed?.(vnode);
    };
  };
  Object.assign(window, { renderCounts: counts, __PREACT_DEVTOOLS__: { attachPreact } });
}

interface Counted {
  commits: number;
  renders: Record<string, number>;
  timeline: string[];
}

async function takeCounts(page: Page): Promise<Counted> {
  return page.evaluate(() => {
    const counts = (window as unknown as { renderCounts: Counted }).renderCounts;
    const taken = {
      commits: counts.commits,
      renders: { ...counts.renders },
      timeline: [...counts.timeline],
    };
    counts.commits = 0;
    counts.renders = {};
    counts.timeline = [];
    return taken;
  });
}

/** Presses `key`, waits until the change is seen and saved and the window settles, and counts what rendered. */
async function countedKey(page: Page, key: string, grow: boolean): Promise<Counted> {
  const before = await page.evaluate(
    () => document.querySelector('.ProseMirror > *')?.querySelectorAll('.lp-span').length ?? 0,
  );
  await takeCounts(page);
  const done = page.evaluate(untilChanged, { before, grow });
  await page.keyboard.press(key);
  await done;
  await page.waitForFunction(() => !document.querySelector('.ProseMirror .lp-span--unsaved'));
  await page.waitForTimeout(300); // the title and anything else scheduled after the answer
  return takeCounts(page);
}

async function cycle(page: Page): Promise<Record<string, Counted>> {
  await page.evaluate(selectInFirstParagraph, { start: 20, end: 31 });
  await page.locator('.lp-labelmenu').waitFor();
  const add = await countedKey(page, '1', true);
  await page.locator('.ProseMirror .lp-span--selected').first().waitFor();
  await page.getByTestId('covered-text').waitFor();
  const remove = await countedKey(page, 'Delete', false);
  const undo = await countedKey(page, 'Control+z', true);
  return { add, delete: remove, undo };
}

function printCounts(edit: string, counted: Counted): void {
  const total = Object.values(counted.renders).reduce((a, b) => a + b, 0);
  console.log(`${edit}: ${counted.commits} commits, ${total} component renders`);
  const sorted = Object.entries(counted.renders).sort((a, b) => b[1] - a[1]);
  console.log(`  ${sorted.map(([name, n]) => `${name}×${n}`).join(' ')}`);
  for (const line of counted.timeline) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(['--quick', ...argv.filter((a) => a !== '--cycles')]);
  const at = Number(argv[argv.indexOf('--size') + 1] ?? 0) || 0;
  const cycles = argv.includes('--cycles') ? Number(argv[argv.indexOf('--cycles') + 1]) : 3;
  const size = documentSizes(options)[at];
  if (!size) throw new Error(`no size ${at}`);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-render-count-'));
  const staticDir = join(scratch, 'renderer');
  process.env.NODE_ENV = 'production';
  await build({
    configFile: join(root, 'vite.renderer.config.ts'),
    logLevel: 'warn',
    build: { outDir: staticDir, emptyOutDir: true, minify: false },
  });
  const dir = join(scratch, 'project');
  await cp(await documentProject(options, size, console.log), dir, { recursive: true });
  const workbench = await createWorkbench(dir, { userFolder: await benchUserFolder(options) });
  const server = await startServer({ invoke: workbench.invoke, staticDir });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript('window.__name = (f) => f;');
    await context.addInitScript(installProbe);
    await context.addInitScript(installRenderCounter);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(
      () => (window as unknown as { benchProbe: { all: number } }).benchProbe.all > 0,
    );
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.waitForTimeout(1000); // what the window's first answers and idle work render
    printCounts('open (until 1 s after ready; ms since navigation)', await takeCounts(page));
    await cycle(page); // warm-up
    console.log(`${size.name}, ${cycles} cycles after a warm-up one`);
    for (let i = 0; i < cycles; i++)
      for (const [edit, counted] of Object.entries(await cycle(page))) printCounts(edit, counted);
  } finally {
    await browser.close();
    await server.close();
    await workbench.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
