import type { Browser, Page } from 'playwright-core';
import type { Span } from '../../../src/shared/model';
import {
  countFirstParagraph,
  longestTaskWhileDrawing,
  openDone,
  scrollP95,
  selectInFirstParagraph,
  untilChanged,
} from './pageProbe';
import { openProbedPage } from './openedPage';

/** What one round measured in one page (ms, and bytes of JS heap). */
export interface PageFigures {
  first: number;
  all: number;
  ready: number;
  heap: number;
  add: number;
  remove: number;
  undo: number;
  scrollP95: number;
  /** The longest wait of a key pressed after the page took edits and before every highlight was drawn (0: none pressed). */
  keyWait: number;
  /** The longest task from the page taking edits to every highlight drawn (0: none over 50 ms). */
  longTask: number;
}

/** The span both pages add, delete and restore: code points [20, 31) of the first paragraph. */
export const ADDED: Span = {
  id: 'bench_added',
  label: 'PERSON',
  fragments: [{ start: 20, end: 31 } as Span['fragments'][number]],
  author: 'amira',
  createdAt: '2020-01-10T12:00:00.000Z',
  updatedAt: '2020-01-10T12:00:00.000Z',
};

async function spanIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('.ProseMirror > *')?.querySelectorAll('.lp-span') ?? [])].map(
      (e) => e.getAttribute('data-span-id') ?? '',
    ),
  );
}

/** Presses `key` and waits, in the page, for the first paragraph to change and the save to be acknowledged. */
async function timedKey(page: Page, key: string, grow: boolean): Promise<number> {
  const before = await page.evaluate(countFirstParagraph);
  const done = page.evaluate(untilChanged, { before, grow });
  await page.keyboard.press(key);
  return done;
}

/**
 * Until every highlight is drawn and the page takes edits, presses Shift (a key that changes
 * nothing) every 50 ms once the page takes edits: the probe keeps how long such a key waited.
 */
async function pressWhileDrawing(page: Page): Promise<void> {
  for (let round = 0; round < 12_000; round++) {
    const state = await page.evaluate(() => ({
      done: Boolean(document.querySelector('.ProseMirror[data-spans="drawn"]')),
      ready: document.documentElement.dataset.app === 'ready',
    }));
    if (state.done && state.ready) return;
    if (state.ready) await page.keyboard.press('Shift');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Add, delete and undo cycles per page (the first edit of a session counts as one of them). */
const EDIT_CYCLES = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

/** One add, delete and undo of a span over {@link ADDED}'s range, each timed from its key. */
export async function editCycle(
  page: Page,
  kind: 'loupe' | 'bare',
  cycle: number,
  times: { add: number[]; remove: number[]; undo: number[] },
): Promise<void> {
  if (kind === 'bare')
    await page.evaluate((span) => (window.benchNext = span), { ...ADDED, id: `bench_${cycle}` });
  const idsBefore = await spanIds(page);
  if (kind === 'loupe') {
    await page.evaluate(selectInFirstParagraph, { start: 20, end: 31 });
    await page.locator('.lp-labelmenu').waitFor();
  }
  times.add.push(await timedKey(page, '1', true));
  if (kind === 'loupe') {
    // The saved span takes the drawn one's place right after the frame that says "Saved".
    await page.waitForFunction(() => !document.querySelector('.ProseMirror .lp-span--unsaved'));
    const added = (await spanIds(page)).find((id) => !idsBefore.includes(id));
    const span = page.locator(`.ProseMirror [data-span-id="${added}"]`).first();
    // Labelling selects the new span; a click on a span stacked under others could land on one of them.
    if (!(await span.evaluate((e) => e.classList.contains('lp-span--selected'))))
      await span.click();
    await page.getByTestId('covered-text').waitFor();
  }
  times.remove.push(await timedKey(page, 'Delete', false));
  times.undo.push(await timedKey(page, 'Control+z', true));
}

/**
 * Opens `url` in a fresh context, times the first and the complete highlights, the heap
 * after a garbage collection, then add, delete and undo of {@link ADDED} until seen (and,
 * in Loupe, acknowledged as saved), and the worst scroll frames.
 */
export async function measurePage(
  browser: Browser,
  url: string,
  kind: 'loupe' | 'bare',
  scrollSteps: number,
): Promise<PageFigures> {
  const { context, page } = await openProbedPage(browser, url);
  try {
    await pressWhileDrawing(page);
    await page.waitForFunction(openDone, null, { timeout: 600_000, polling: 100 });
    const probe = await page.evaluate(
      () =>
        (
          window as unknown as {
            benchProbe: { first: number; all: number; ready: number; keyWait: number };
          }
        ).benchProbe,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const figures: PageFigures = {
      first: probe.first,
      all: probe.all,
      ready: probe.ready,
      heap: usedSize,
      add: 0,
      remove: 0,
      undo: 0,
      scrollP95: 0,
      keyWait: probe.keyWait,
      longTask: await page.evaluate(longestTaskWhileDrawing),
    };
    const times = { add: [] as number[], remove: [] as number[], undo: [] as number[] };
    for (let cycle = 0; cycle < EDIT_CYCLES; cycle++) await editCycle(page, kind, cycle, times);
    figures.add = median(times.add);
    figures.remove = median(times.remove);
    figures.undo = median(times.undo);
    if (scrollSteps > 0) figures.scrollP95 = await page.evaluate(scrollP95, scrollSteps);
    return figures;
  } finally {
    await context.close();
  }
}
