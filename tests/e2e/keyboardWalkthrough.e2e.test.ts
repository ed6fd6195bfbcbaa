import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedControl } from './support/focusedControl';
import { focused, reachPart, selectWords, spans } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { axeFindings, shots } from './support/themes';

const DOC = '000_90267a0c835213d2';
const TEXT = 'div[textbox]:Document text';

// A new user's walk through the app by keyboard alone: where a step left the keyboard nowhere,
// or a result was not heard, or a control could not be reached, and what it does now.
describe('the app by keyboard alone: label menu, panels, relations, export (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();

  beforeAll(async () => {
    project = await openSeededPage('Walkthrough');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('Tab on selected text goes into its label menu: arrows choose, Esc goes back, Enter labels', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await expect.poll(said).toContain('or Tab to choose a label');
    await page.keyboard.press('Tab');
    const menu = '[role="menu"][aria-label="Labels"]';
    await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
    expect((await focusedControl(page, menu)).ring).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button[menuitem]:ORG');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // round to the last
    expect(await focused(page)).toBe('button[menuitem]:MISC');
    // The menu keeps the theme key to itself: the shots leave it before the theme changes.
    await page.keyboard.press('Escape');
    await shots(
      page,
      'label-menu-keyboard',
      async () => {
        await page.keyboard.press('Tab');
        await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
      },
      () => page.keyboard.press('Escape'),
    );
    expect(await axeFindings(page, '.lp-labelmenu')).toEqual([]);
    // Esc in the menu: back to the text, the selection kept (Tab finds the menu again).
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
    await expect(
      page.getByRole('dialog', { name: 'Label the selection' }).isVisible(),
    ).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('button[menuitem]:QUOTE');
    await page.keyboard.press('Enter');
    await expect.poll(() => spans(project, DOC)).toEqual(['QUOTE:Prime Minister']);
    await expect.poll(() => focused(page)).toBe(TEXT);
    await expect.poll(said).toBe('QUOTE: Prime Minister, span 1 of 1');
    // A label's key in the menu labels too.
    await selectWords(page, 'Washington to draw', 1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    await expect
      .poll(() => spans(project, DOC))
      .toEqual(['QUOTE:Prime Minister', 'GPE:Washington']);
    await expect.poll(() => focused(page)).toBe(TEXT);
  });

  it('hiding the panel that has the keyboard gives it to the text, not to the page', async () => {
    // The side panel, then the details beside the text.
    await reachPart(page, '.lp-side');
    await page.keyboard.press('Control+b');
    await expect.poll(() => focused(page)).toBe(TEXT);
    await page.keyboard.press('Control+b');
    await reachPart(page, '.lp-inspector');
    await page.keyboard.press('Control+Shift+b');
    await expect.poll(() => focused(page)).toBe(TEXT);
    await page.keyboard.press('Control+Shift+b');
    // A panel without the keyboard hides and the keyboard stays where it was.
    await page.keyboard.press('Control+b');
    expect(await focused(page)).toBe(TEXT);
    await page.keyboard.press('Control+b');
  });

  it('a relation made by keys is heard once saved', async () => {
    // Two spans labelled by their keys (on their own, whatever the tests before did).
    await selectWords(page, 'American troops. However', 1);
    await page.keyboard.press('5');
    await expect.poll(said).toMatch(/^NORP: American, span/);
    await selectWords(page, 'Department of State bluntly', 1);
    await page.keyboard.press('2');
    await expect.poll(said).toMatch(/^ORG: Department, span/);
    await page.keyboard.press('r');
    await page.keyboard.press('Shift+Tab'); // the other end: the span before
    await expect.poll(said).toMatch(/^NORP: American, span/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('ul[listbox]:Relation type');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // speaker-of, member-of, leader-of
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Related ORG “Department” leader-of NORP “American”');
    expect(await focused(page)).toBe(TEXT);
  });

  it('the Export dialog names the file preview the keyboard scrolls', async () => {
    const dialog = page.getByRole('dialog', { name: 'Export a dataset' });
    const found: string[] = [];
    const openToPreview = async (): Promise<void> => {
      await page.keyboard.press('Control+Shift+p');
      await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
      await page.keyboard.type('Export');
      await page.keyboard.press('Enter');
      await dialog.getByRole('region', { name: 'Start of spans.jsonl' }).waitFor();
      for (let i = 0; i < 30 && !(await focused(page)).startsWith('pre[region]'); i++)
        await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('pre[region]:Start of spans.jsonl');
      expect((await focusedControl(page)).ring).toBe(true);
      // The dialog keeps the theme key: axe looks in the theme the dialog opened in.
      const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      for (const v of violations)
        if (v.impact === 'critical' || v.impact === 'serious') found.push(v.id);
    };
    const close = async (): Promise<void> => {
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page)).toBe(TEXT);
    };
    await shots(page, 'export-preview-keyboard', openToPreview, close);
    expect(found).toEqual([]);
  });

  it('a document opened from the list, which keeps the keyboard, is heard', async () => {
    await reachPart(page, '.lp-side');
    await page.getByRole('tab', { name: 'Documents' }).focus();
    await page.keyboard.press('Tab'); // the open document
    await page.keyboard.press('Tab');
    const second = await focused(page);
    expect(second).toContain('001_8f0f90acb7aa8cc5.txt');
    await page.keyboard.press('Enter');
    await expect
      .poll(said)
      .toBe(
        'Opened “The United States on Friday rejected a request by Iraq to start talks on pulling out its…”, document 2 of 5',
      );
    expect(await focused(page)).toBe(second);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe(
      'page',
    );
  });
});
