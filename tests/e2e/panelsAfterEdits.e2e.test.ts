import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { callApi } from './support/callApi';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';

/** What one painted frame showed: the reading view, the save state and the panels beside it. */
interface FrameView {
  readonly spans: string[];
  readonly saved: boolean;
  readonly menu: boolean;
  readonly toolbar: string;
  readonly legend: string[];
  readonly listed: string;
}

/**
 * Records what the page shows now and in every painted frame from now on, into
 * `window.frameViews`: each frame read in a
 * ResizeObserver callback, which the browser runs after a frame's animation callbacks and
 * layout, before it paints (so it sees all that frame paints).
 */
function recordFrames(): void {
  const views: FrameView[] = [];
  (window as unknown as { frameViews: FrameView[] }).frameViews = views;
  const view = (): FrameView => {
    const drawn = new Map<string, string>();
    for (const piece of document.querySelectorAll<HTMLElement>('.ProseMirror [data-span-id]')) {
      const id = piece.dataset.spanId ?? '';
      const label = [...piece.classList].find((c) => c.startsWith('lp-label-')) ?? '';
      drawn.set(id, (drawn.get(id) ?? `${label.slice('lp-label-'.length)}:`) + piece.textContent);
    }
    const menu = document.querySelector('.lp-labelmenu');
    return {
      spans: [...drawn.values()],
      saved: !!document.querySelector('[data-testid="save-state"].lp-savestate--saved'),
      menu: !!menu && menu.getClientRects().length > 0,
      toolbar: document.querySelector('.lp-toolbar > .lp-muted')?.textContent ?? '',
      legend: [...document.querySelectorAll('.lp-legend li')].map(
        (li) => li.getAttribute('aria-label') ?? '',
      ),
      listed:
        document.querySelector('[aria-current="page"] [data-testid="span-count"]')?.textContent ??
        '',
    };
  };
  views.push(view()); // as it was before
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;visibility:hidden';
  let width = 1;
  new ResizeObserver(() => {
    views.push(view());
    requestAnimationFrame(() => void (box.style.width = `${(width = 3 - width)}px`));
  }).observe(box);
  document.documentElement.appendChild(box);
}

function frameViews(page: Page): Promise<FrameView[]> {
  return page.evaluate(() => (window as unknown as { frameViews: FrameView[] }).frameViews);
}

/** The first frame index from which every later recorded frame passes `test` (-1: none). */
function settledFrom(views: readonly FrameView[], test: (view: FrameView) => boolean): number {
  let from = -1;
  for (const [i, view] of views.entries()) {
    if (!test(view)) from = -1;
    else if (from < 0) from = i;
  }
  return from;
}

// The panels beside the reading view (counts, the label legend, the document list) follow an
// edit within three frames of the reading view, and the label menu goes in the frame that
// draws the label: a keyboard user never sees a stale count for longer, and after a burst of
// keys every panel shows the last edit.
describe('the panels beside the reading view during keyed edits (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-panels-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-panels-home-'));

  beforeAll(async () => {
    await createProject(dir, { name: 'Panels', seedsDir: seeds });
    project = await openProjectPage(dir, home, 'tester', { width: 1280, height: 800 });
    page = project.page;
    const { document } = await callApi<{ document: { text: string } }>(
      project.server,
      'openDocument',
      { documentId: DOC },
    );
    for (const word of ['date', 'SAMYA KULLAB']) {
      const start = document.text.indexOf(word); // ASCII before both: code points = UTF-16 units
      expect(Array.from(document.text.slice(0, start))).toHaveLength(start);
      const fragments = [{ start, end: start + word.length }];
      await callApi(project.server, 'addSpan', { documentId: DOC, label: 'MISC', fragments });
    }
    await page.reload();
    await page.locator('html[data-app="ready"] .ProseMirror [data-span-id]').first().waitFor();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('after a burst of relabels, a delete and an undo, shows the last edit within three frames', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(recordFrames);
    // Without waiting between keys: relabel the first span, relabel the second, delete it, undo.
    for (const key of ['Tab', '1', 'Tab', '2', 'Delete', 'Control+z'])
      await page.keyboard.press(key);
    const final = ['PERSON:date', 'ORG:SAMYA KULLAB'];
    const readingView = (v: FrameView): boolean =>
      v.saved && JSON.stringify(v.spans) === JSON.stringify(final);
    await expect
      .poll(async () => settledFrom(await frameViews(page), readingView))
      .toBeGreaterThan(0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300))); // any late panel
    const views = await frameViews(page);
    const panels = (v: FrameView): boolean =>
      v.toolbar.startsWith('2 spans') &&
      v.listed === '2' &&
      v.legend.includes('PERSON: key 1, 1 span') &&
      v.legend.includes('ORG: key 2, 1 span') &&
      v.legend.includes('MISC: key 9, 0 spans');
    const seen = settledFrom(views, readingView);
    const counted = settledFrom(views, panels);
    expect(counted).toBeGreaterThanOrEqual(0); // the panels show the last edit, none lost
    // Within three frames (50 ms at 60 Hz): idle, the panels settle -1 to 2 frames from the
    // reading view here, and two fresh-clone runs out of about eight saw 3. By design the panels
    // render in a task after the frame that paints the last answer (useStoreAfterEdit), so one
    // frame later; under load that task can run after one or two more frames have begun.
    expect(counted - seen).toBeLessThanOrEqual(3);
    // The panels followed the burst, not only its end: a frame that drew the deleted span gone
    // is followed within two frames by one that counts one span. (A loaded machine may take
    // the delete and its undo in one frame; then no frame shows it.)
    const deleted = views.findIndex((v) => v.spans.length === 1);
    if (deleted >= 0)
      expect(views.slice(deleted, deleted + 3).some((v) => v.toolbar.startsWith('1 span '))).toBe(
        true,
      );
    const layer = await callApi<{ layer: { spans: { label: string }[] } }>(
      project.server,
      'openDocument',
      { documentId: DOC },
    );
    expect(layer.layer.spans.map((s) => s.label).sort()).toEqual(['ORG', 'PERSON']);
  });

  it('hides the label menu in the frame that draws the new label', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.locator('.lp-labelmenu').waitFor();
    await page.evaluate(recordFrames);
    await page.keyboard.press('9');
    const added = (v: FrameView): boolean => v.spans.length === 3;
    await expect.poll(async () => settledFrom(await frameViews(page), added)).toBeGreaterThan(0);
    const views = await frameViews(page);
    expect(views.filter(added).every((v) => !v.menu)).toBe(true);
    expect(views.some((v) => v.menu)).toBe(true); // the menu was on screen before the key
    // It stays in the page, hidden: closing it takes down no elements in the key's task.
    await expect.poll(() => page.locator('.lp-labelmenu').isHidden()).toBe(true);
    expect(await page.locator('.lp-labelmenu').count()).toBe(1);
  });
});

/**
 * Counts render passes (through Preact's DevTools hook: the window loads `preact/devtools`, which
 * hands Preact's options to `__PREACT_DEVTOOLS__`) and notes the count at the moment the span
 * inspector appears, in the pass that shows it (a MutationObserver runs before the next pass can).
 * Preact renders its queue of changed components in one task: the components rendered before the
 * next microtask are one pass, React's commit.
 */
function countCommits(): void {
  const counts = { commits: 0, atInspector: -1 };
  const attachPreact = (
    _version: string,
    options: { diffed?: (vnode: { type: unknown }) => void },
  ): void => {
    const diffed = options.diffed;
    let inPass = false;
    options.diffed = (vnode) => {
      if (typeof vnode.type === 'function' && !inPass) {
        inPass = true;
        counts.commits++;
        queueMicrotask(() => (inPass = false));
      }
      diffed?.(vnode);
    };
  };
  Object.assign(window, { commitCounts: counts, __PREACT_DEVTOOLS__: { attachPreact } });
  new MutationObserver(() => {
    if (counts.atInspector < 0 && document.querySelector('[data-testid="covered-text"]'))
      counts.atInspector = counts.commits;
  }).observe(document, { childList: true, subtree: true });
}

describe('the side panels after a keyed add (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-aside-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-aside-home-'));

  beforeAll(async () => {
    await createProject(dir, { name: 'Aside', seedsDir: seeds });
    project = await openProjectPage(dir, home, 'tester', { width: 1280, height: 800 });
  });

  afterAll(async () => {
    await project?.close();
  });

  // The new span's inspector and the hidden document panel's own update for the add come in one
  // commit: a key pressed as soon as the inspector shows (a delete) finds no commit still to come.
  it('shows the new span in the inspector in the last commit of the add', async () => {
    const { page } = project;
    await page.addInitScript(countCommits);
    await page.reload();
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.locator('.lp-labelmenu').waitFor();
    await page.keyboard.press('1');
    await page.getByTestId('covered-text').waitFor();
    await page.locator('[data-testid="save-state"].lp-savestate--saved').waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const counts = await page.evaluate(
      () =>
        (window as unknown as { commitCounts: { commits: number; atInspector: number } })
          .commitCounts,
    );
    expect(counts.atInspector).toBeGreaterThan(0);
    expect(counts.commits).toBe(counts.atInspector);
  });
});
