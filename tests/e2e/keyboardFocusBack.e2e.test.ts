import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { focused, selectWords } from './support/keyboardWalk';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { shots } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const TEXT = 'div[textbox]:Document text';

/** Runs a command by its name from the command palette (Ctrl+Shift+P), as a keyboard user would. */
async function fromPalette(page: Page, command: string): Promise<void> {
  await page.keyboard.press('Control+Shift+p');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

// Found walking the app by keyboard alone: a dialog closed while text was selected left the
// keyboard on the page, and the label menu of that text stayed over a full view.
describe('the keyboard after a dialog over selected text (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-focusback-'));
  const dir = join(root, 'project');
  const menu = () => page.getByRole('dialog', { name: 'Label the selection' });

  beforeAll(async () => {
    await createProject(dir, { name: 'Focus back', seedsDir: seeds });
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('a dialog opened with text selected gives the keyboard back to the text as it closes', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await menu().waitFor();
    for (const command of ['About Loupe', 'Project Statistics', 'Keyboard Shortcuts']) {
      await fromPalette(page, command);
      await page.locator('.lp-dialog').waitFor();
      await page.keyboard.press('Escape');
      await expect
        .poll(async () => `${command}: ${await focused(page)}`)
        .toBe(`${command}: ${TEXT}`);
    }
    // The selection is kept, its menu beside it.
    expect(await menu().isVisible()).toBe(true);
  });

  it('the label menu of selected text is not shown over the agreement view', async () => {
    await selectWords(page, 'Washington to draw', 1);
    await menu().waitFor();
    await fromPalette(page, 'Agreement');
    await page.getByRole('heading', { name: 'Agreement' }).waitFor();
    await expect.poll(() => menu().isVisible()).toBe(false);
    await shots(page, 'agreement-over-selected-text');
    await expect.poll(() => menu().isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
  });

  it('a selection cleared with Esc stays cleared through a shortcut with Shift (the theme key)', async () => {
    await selectWords(page, 'American troops', 1);
    await menu().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu().isVisible()).toBe(false);
    for (const keys of ['Control+Shift+l', 'Control+Shift+l']) {
      await page.keyboard.press(keys);
      await page.waitForTimeout(300);
      expect(await menu().isVisible(), keys).toBe(false);
    }
    expect(await focused(page)).toBe(TEXT);
  });
});
