import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProjectDir, ProjectFolder } from '../../src/node';
import type { Span } from '../../src/shared/model';
import { spanOver, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { span } from '../helpers/span';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';

/** A span over the second occurrence of `needle` in `text`, in code points. */
function secondSpanOver(text: string, needle: string, label: string, id: string): Span {
  const at = text.indexOf(needle, text.indexOf(needle) + needle.length);
  const start = [...text.slice(0, at)].length;
  return span(start, start + [...needle].length, label, id);
}

// What a screen reader hears of the steps a keyboard user takes on a span and a document that
// the selection alone does not say: an entity linked (E), a document done and the next opened (D).
describe('steps heard in the live region (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-heard-'));
  const home = join(root, 'home');
  let dir = '';
  const said = () => page.getByTestId('span-announcement').textContent();

  beforeAll(async () => {
    dir = await demoProjectDir(seeds, home); // the project a first run opens, with its name
    const store = await ProjectFolder.open(dir);
    const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    await writeAnnotatorLayer(store, D0, 'lena', [
      spanOver(t0, 'Mike Pompeo', 'PERSON', 'p1'),
      secondSpanOver(t0, 'Pompeo', 'PERSON', 'p2'),
    ]);
    project = await openProjectPage(dir, home, 'lena', { width: 1280, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('shows the demo project’s name whole in the header at 1280 and 1024 px, light and dark', async () => {
    /** Whether the header cuts the name (it may take two lines) or anything scrolls sideways. */
    const clipped = (): Promise<string[]> =>
      page.evaluate(() => {
        const found: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth) found.push('page');
        const name = document.querySelector('.lp-project') as HTMLElement;
        if (name.scrollWidth > name.clientWidth || name.scrollHeight > name.clientHeight)
          found.push('name');
        return found;
      });
    const name = page.locator('.lp-project');
    expect(await name.textContent()).toBe(
      'Loupe demo: Iraq asks the US to plan a troop withdrawal',
    );
    const themeNow = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
    for (const theme of ['light', 'dark'] as const) {
      if ((await themeNow()) !== theme) await page.keyboard.press('Control+Shift+l');
      await expect.poll(themeNow).toBe(theme);
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await expect.poll(clipped).toEqual([]);
        await page.screenshot({
          path: screenshotPath(`header-${width}-${theme}.png`),
          clip: { x: 0, y: 0, width, height: 48 },
        });
      }
    }
    // What the narrow header leaves out is in the Project menu.
    await page.getByRole('button', { name: 'Project', exact: true }).click();
    await page.getByRole('menu').waitFor(); // the menus load on the first press
    await expect
      .poll(() => page.getByRole('menuitem').allTextContents())
      .toEqual(expect.arrayContaining(['Agreement', 'Stance Map', 'Label Schema…']));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+l'); // back to light
    await expect.poll(themeNow).toBe('light');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('says which entity E linked a span to, a new one or one already there', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab'); // Mike Pompeo
    await expect.poll(said).toBe('PERSON: Mike Pompeo, span 1 of 2');
    await page.keyboard.press('e');
    await page.getByRole('combobox', { name: 'Search entities' }).waitFor();
    await page.keyboard.press('Enter'); // the only choice: a new entity named by the span
    await expect.poll(said).toBe('Linked PERSON “Mike Pompeo” to a new entity, Mike Pompeo');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Document text');

    await page.keyboard.press('Tab'); // the second "Pompeo"
    await expect.poll(said).toBe('PERSON: Pompeo, span 2 of 2');
    await page.keyboard.press('e');
    await page.getByRole('option', { name: /^Mike Pompeo/ }).waitFor();
    await page.keyboard.press('Enter'); // the best match
    await expect.poll(said).toBe('Linked PERSON “Pompeo” to Mike Pompeo');
  });

  it('says which document D marked done and which one it opened', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    // Each document by the title the list shows (its first headline-like line, cut at 100 characters).
    await expect
      .poll(said)
      .toBe(
        'Marked “BAGDAD (AP) – The Iraqi Prime Minister asked Washington to draw up a road map for the…” done; ' +
          'opened “The United States on Friday rejected a request by Iraq to start talks on pulling out its…”, document 2 of 5',
      );
  });

  it('undoes a schema save that deleted a label in use, and one nobody used, with one Ctrl+Z', async () => {
    const manifest = (): string => readFileSync(join(dir, 'loupe.json'), 'utf8');
    const labels = (): string[] =>
      (JSON.parse(manifest()) as { schema: { labels: { name: string }[] } }).schema.labels.map(
        (l) => l.name,
      );
    const before = manifest();
    await page.locator(`[data-document-id="${D0}"]`).click();
    await expect.poll(() => page.locator('.lp-span').count()).toBe(2);
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Schema', exact: true }).click();
    await page.getByRole('dialog', { name: 'Label schema' }).waitFor();
    await page.getByRole('button', { name: 'Delete label EVENT' }).click();
    await page.getByRole('button', { name: 'Delete label PERSON' }).click();
    await page.getByRole('button', { name: 'Save schema' }).click();
    await expect.poll(() => questions).toEqual([expect.stringContaining('PERSON (2 spans)')]);
    await expect.poll(labels).not.toContain('PERSON');
    expect(labels()).not.toContain('EVENT');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.locator('.lp-span').count()).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(manifest).toBe(before);
    await expect.poll(() => page.locator('.lp-span').count()).toBe(2);
    await expect.poll(said).toBe('Undid the last edit: label schema changed, 2 spans changed');
  });
});
