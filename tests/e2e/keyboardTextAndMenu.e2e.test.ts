import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { contrast } from '../helpers/contrast';
import { focusedControl } from './support/focusedControl';
import { focused, reachPart, selectWords, spans } from './support/keyboardWalk';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { axeFindings, shots, useTheme } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';
const TEXT = 'div[textbox]:Document text';
const MENU = '[role="menu"][aria-label="Labels"]';

/**
 * The focused element's outline colour and the colour it is drawn on (the first ancestor
 * with a background), as the browser computed them from the stylesheet.
 */
function ringColors(page: Page): Promise<{ ring: string; ground: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    let ground = 'rgb(255, 255, 255)';
    for (let el: Element | null = active.parentElement; el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
        ground = bg;
        break;
      }
    }
    return { ring: getComputedStyle(active).outlineColor, ground };
  });
}

describe('the text shows it has the keyboard; the label menu finds labels by name (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-textmenu-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    await createProject(dir, { name: 'Text and menu', seedsDir: seeds });
    // Two labels without keys that share their first letters with LOC.
    const manifestPath = join(dir, 'loupe.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      schema: { labels: { name: string; description?: string }[] };
    };
    manifest.schema.labels.push(
      { name: 'LANGUAGE', description: 'Named languages' },
      { name: 'LAW', description: 'Named laws and treaties' },
    );
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('the text reached by the keyboard shows a focus ring at 3:1 or more in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await reachPart(page, '.lp-reading');
      expect(await focused(page)).toBe(TEXT);
      const shown = await focusedControl(page);
      expect(shown.ring, theme).toBe(true);
      const { ring, ground } = await ringColors(page);
      expect(contrast(ring, ground), `${theme}: ${ring} on ${ground}`).toBeGreaterThanOrEqual(3);
    }
    await useTheme(page, 'light');
    await shots(page, 'text-focus-ring', () => reachPart(page, '.lp-reading'));
    expect(await axeFindings(page, '.lp-main')).toEqual([]);
  });

  it('a click in the text gives it the keyboard without the ring, as buttons do', async () => {
    await reachPart(page, '.lp-header');
    await page.locator('.lp-reading .ProseMirror p').first().click();
    expect(await focused(page)).toBe(TEXT);
    expect((await focusedControl(page)).ring).toBe(false);
    // Back by the keyboard: the ring again.
    await reachPart(page, '.lp-header');
    await reachPart(page, '.lp-reading');
    expect((await focusedControl(page)).ring).toBe(true);
  });

  it('labels are named by their names, with their keys as shortcuts', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
    const chip = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return {
        keys: active.getAttribute('aria-keyshortcuts'),
        menu: active.closest('[role="menu"]')?.getAttribute('aria-label'),
      };
    });
    expect(chip).toEqual({ keys: '1', menu: 'Labels' });
    // What a screen reader says of it: its name, its role, its shortcut.
    const snapshot = await page.locator(MENU).ariaSnapshot();
    expect(snapshot).toContain('- menuitem "PERSON"');
    expect(snapshot).toContain('- menuitem "LAW"');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
  });

  it('↓ as the first key in the menu moves to the next label', async () => {
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('button[menuitem]:ORG');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
    // Straight after Tab, before anything else ran.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe('button[menuitem]:ORG');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
  });

  it('typing a name goes to the first label it starts, and Enter applies it', async () => {
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
    await page.keyboard.press('l');
    expect(await focused(page)).toBe('button[menuitem]:LOC');
    await page.keyboard.press('a');
    expect(await focused(page)).toBe('button[menuitem]:LANGUAGE');
    await page.keyboard.press('w');
    expect(await focused(page)).toBe('button[menuitem]:LAW');
    // A letter no name goes on with: stays put.
    await page.keyboard.press('x');
    expect(await focused(page)).toBe('button[menuitem]:LAW');
    // After a pause the typing starts again.
    await page.waitForTimeout(700);
    await page.keyboard.press('N');
    expect(await focused(page)).toBe('button[menuitem]:NORP');
    await page.waitForTimeout(700);
    await page.keyboard.press('q');
    expect(await focused(page)).toBe('button[menuitem]:QUOTE');
    await page.waitForTimeout(700);
    await page.keyboard.type('law');
    expect(await focused(page)).toBe('button[menuitem]:LAW');
    expect((await focusedControl(page, MENU)).ring).toBe(true);
    // The menu keeps the theme key to itself: the shots leave it before the theme changes.
    const typedTo = async (): Promise<void> => {
      await page.keyboard.press('Tab');
      await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
      await page.keyboard.type('law');
      expect(await focused(page)).toBe('button[menuitem]:LAW');
    };
    await page.keyboard.press('Escape');
    await shots(page, 'label-menu-type-ahead', typedTo, () => page.keyboard.press('Escape'));
    expect(await axeFindings(page, '.lp-labelmenu')).toEqual([]);
    await typedTo();
    await page.keyboard.press('Enter');
    await expect.poll(() => spans(project, DOC)).toEqual(['LAW:Prime Minister']);
    await expect.poll(() => focused(page)).toBe(TEXT);
    // A label's key still picks its label straight away.
    await selectWords(page, 'Washington to draw', 1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    await expect.poll(() => spans(project, DOC)).toEqual(['LAW:Prime Minister', 'GPE:Washington']);
  });
});
