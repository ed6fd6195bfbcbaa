import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { spanOver, topicStance, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';

/** What has the keyboard: its tag and accessible name, or where it is. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'body';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `${active.tagName.toLowerCase()}:${name}`;
  });
}

// A second pass over what someone driving Loupe by keyboard alone, or by screen reader, meets
// on the demo project: where the keyboard starts, what is heard, what a button says it does.
describe('keyboard and screen reader on the demo project (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-keys2-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Second pass', seedsDir: seeds });
    const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    const baghdad = spanOver(t0, 'Baghdad', 'GPE', 'b1');
    const pompeo = spanOver(t0, 'Pompeo', 'PERSON', 'p1');
    await writeAnnotatorLayer(
      store,
      D0,
      'lena',
      [baghdad, pompeo],
      [topicStance('st1', 'AGAINST', [pompeo])],
    );
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1280, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('starts in the open document’s text, where Tab selects its first span', async () => {
    await expect.poll(() => focused(page)).toBe('div:Document text');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.getByTestId('span-announcement').textContent())
      .toBe('GPE: Baghdad, span 1 of 2');
    expect(await focused(page)).toBe('div:Document text');
    // Esc leaves the text with the keyboard and nothing selected.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('span-announcement').textContent()).toBe('');
    expect(await focused(page)).toBe('div:Document text');
  });

  it('←/→ go from one header menu to the next, open, as a desktop menu bar does', async () => {
    const trigger = (name: string) =>
      page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name });
    const openMenu = (): Promise<string> =>
      page.evaluate(() =>
        [...document.querySelectorAll('.lp-menubar__trigger[aria-expanded="true"]')]
          .map((t) => t.textContent)
          .join(','),
      );
    await trigger('File').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(openMenu).toBe('Edit');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('menuitem');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(openMenu).toBe('File');
    await page.keyboard.press('ArrowLeft'); // round the end
    await expect.poll(openMenu).toBe('Help');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="menu"]')))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(openMenu).toBe('');
    await expect.poll(() => focused(page)).toBe('button:Help');
    // On a closed menu's button the arrows move between the buttons.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page)).toBe('button:File');
    // It is a row of menu buttons, and does not claim to be an ARIA menu bar.
    expect(await page.locator('[role="menubar"]').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('says what an undo or a redo undid or redid, and that a stance was saved', async () => {
    const said = page.getByTestId('span-announcement');
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab'); // Baghdad
    await page.keyboard.press('Delete');
    await expect.poll(() => said.textContent()).toBe('Deleted GPE: Baghdad');
    await page.keyboard.press('Control+z');
    await expect.poll(() => said.textContent()).toBe('Undid: delete GPE Baghdad');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => said.textContent()).toBe('Redid: delete GPE Baghdad');
    await page.keyboard.press('Control+z');
    await expect.poll(() => said.textContent()).toBe('Undid: delete GPE Baghdad');
    await page.keyboard.press('Control+y');
    await expect.poll(() => said.textContent()).toBe('Redid: delete GPE Baghdad');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.lp-span').count()).toBe(2);

    // A stance by keys: the first span, S, holder, target, polarity.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.press('s');
    await page.getByRole('form', { name: 'New stance' }).waitFor();
    for (const key of ['ArrowDown', 'Enter', 'ArrowDown', 'Enter', 'ArrowRight', 'Enter'])
      await page.keyboard.press(key);
    await page.getByRole('heading', { name: 'Stances 2' }).waitFor();
    await expect.poll(() => said.textContent()).toMatch(/^Saved stance: .+ evidence “Baghdad”$/);
    // Undoing a step this window did not draw still says what changed.
    await page.keyboard.press('Control+z');
    await expect.poll(() => said.textContent()).toBe('Undid the last edit: 1 stance removed');
    await page.getByRole('heading', { name: 'Stances 1' }).waitFor();
  });

  it('names each Delete button after what it deletes', async () => {
    const exactly = (name: string) => page.getByRole('button', { name, exact: true });
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        exactly('Delete stance No named holder AGAINST US troop presence in Iraq').count(),
      )
      .toBe(1);
    expect(
      await exactly(
        'Find elsewhere… stance No named holder AGAINST US troop presence in Iraq',
      ).count(),
    ).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Pompeo: its details
    await expect.poll(() => exactly('Delete span PERSON: Pompeo').count()).toBe(1);
    expect(await exactly('Delete').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Schema', exact: true }).click();
    await page.getByRole('dialog', { name: 'Label schema' }).waitFor();
    expect(await exactly('Delete label PERSON').count()).toBe(1);
    expect(await exactly('Delete').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // The dialog gives the keyboard back to its button after it has gone: wait for that, or it
    // can take the keyboard from the text the next test puts it in.
    await expect.poll(() => focused(page)).toBe('button:Schema');
  });

  it('Delete on a stance’s evidence says which stance keeps it, and leaves nothing unsaved', async () => {
    const said = page.getByTestId('span-announcement');
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Pompeo, the stance's evidence
    await expect.poll(() => said.textContent()).toBe('PERSON: Pompeo, span 2 of 2');
    await page.keyboard.press('Delete');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain(
        '“Pompeo” is the evidence of the stance No named holder AGAINST US troop presence in Iraq: ' +
          'delete that stance first (Stances, beside the text). Nothing was changed.',
      );
    await page.waitForTimeout(500); // a refused write would have answered by now
    expect(await page.getByTestId('save-state').textContent()).toBe('Saved');
    expect(await page.locator('.lp-span').count()).toBe(2);
    expect(await said.textContent()).toBe('PERSON: Pompeo, span 2 of 2');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    // The details' Delete, refused the same way, keeps the keyboard: nothing changed there.
    const remove = page.getByRole('button', { name: /^Delete span PERSON/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').first().waitFor();
    await page.waitForTimeout(300); // the keyboard went to the text at once, before
    expect(await remove.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  // A polarity changed in the document panel's list was said only by the select itself: nothing
  // confirmed that the stance was saved so, as a stance saved or deleted is said.
  it('a polarity changed in the stance list is said once saved; the keyboard stays on it', async () => {
    const said = page.getByTestId('span-announcement');
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    const polarity = page.getByRole('combobox', {
      name: 'Polarity of stance No named holder AGAINST US troop presence in Iraq',
    });
    await polarity.focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => said.textContent())
      .toBe('Stance of No named holder toward US troop presence in Iraq: now NONE');
    const changed = page.getByRole('combobox', {
      name: 'Polarity of stance No named holder NONE US troop presence in Iraq',
    });
    expect(await changed.evaluate((s) => s === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => said.textContent())
      .toBe('Stance of No named holder toward US troop presence in Iraq: now AGAINST');
    expect(await page.getByTestId('save-state').textContent()).toBe('Saved');
    expect(await polarity.evaluate((s) => s === document.activeElement)).toBe(true);
  });

  it('at 1280 and 1024 px the header shows the project and annotator whole, and nothing scrolls sideways', async () => {
    /** What overflows: the page, the header's name and chip, the search panel. */
    const clipped = (): Promise<string[]> =>
      page.evaluate(() => {
        const wider = (el: Element | null): boolean => !!el && el.scrollWidth > el.clientWidth;
        const found: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth) found.push('page');
        for (const css of ['.lp-project', '.lp-annotator', '.lp-search'])
          if (wider(document.querySelector(css))) found.push(css);
        return found;
      });
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Iraq');
    await page.keyboard.press('Enter');
    await page.locator('.lp-kwic li').first().waitFor();
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(clipped).toEqual([]);
      expect(await page.locator('.lp-project').evaluate((el) => el.clientWidth)).toBeGreaterThan(0);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Escape');
  });

  it('a label deleted in the schema dialog waits for Save: Esc leaves the project untouched', async () => {
    const manifest = (): string => readFileSync(join(dir, 'loupe.json'), 'utf8');
    const labels = (): string[] =>
      (JSON.parse(manifest()) as { schema: { labels: { name: string }[] } }).schema.labels.map(
        (l) => l.name,
      );
    const before = manifest();
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss(); // Esc on the question
    });
    const openSchema = async (): Promise<void> => {
      await page.getByRole('button', { name: 'Schema', exact: true }).click();
      await page.getByRole('dialog', { name: 'Label schema' }).waitFor();
    };
    await openSchema();
    await page.getByRole('button', { name: 'Delete label EVENT' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete label PERSON' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button:Keep label PERSON');
    await page.waitForTimeout(500); // a delete on its way would have been written by now
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(manifest()).toBe(before);

    // Save asks about the label spans use; Esc on that question saves nothing either.
    await openSchema();
    await page.getByRole('button', { name: 'Delete label EVENT' }).click();
    await page.getByRole('button', { name: 'Delete label PERSON' }).click();
    await page.getByRole('button', { name: 'Save schema' }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('PERSON (1 span)');
    await page.waitForTimeout(500);
    expect(manifest()).toBe(before);
    // A label no span uses goes on Save, without a question.
    await page.getByRole('button', { name: 'Keep label PERSON' }).click();
    await page.getByRole('button', { name: 'Save schema' }).click();
    await expect.poll(labels).not.toContain('EVENT');
    expect(labels()).toContain('PERSON');
    expect(questions).toHaveLength(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });
});
