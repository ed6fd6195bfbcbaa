/**
 * Screenshots of the annotation screens for the README, at 1024 and 1440 px, light and dark
 * (docs/screens/), run by `npm run docs:screenshots` after the renderer is built.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createProject } from '../src/node';
import { openProjectPage } from '../tests/e2e/support/openProjectPage';
import { selectText } from '../tests/e2e/support/selectText';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'screens');

/** Each screen: how to bring it up from the annotation view, and how to leave it. */
const SCREENS: Record<
  string,
  { open(page: Page): Promise<void>; close(page: Page): Promise<void> }
> = {
  annotate: { open: async () => {}, close: async () => {} },
  'stance-form': {
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      await page.keyboard.press('s');
      await page.getByRole('form', { name: 'New stance' }).waitFor();
      await page.keyboard.press('Enter'); // shows what is missing
    },
    close: (page) => page.keyboard.press('Escape'),
  },
  relate: {
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      await page.keyboard.press('r');
      await page.getByRole('complementary', { name: 'New relation' }).waitFor();
      await page.keyboard.press('Tab'); // the other span
      await page.keyboard.press('Enter'); // to the relation types
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    },
  },
  schema: {
    open: async (page) => {
      // At 1024 px the header leaves its Schema button to the Project menu.
      await page.getByRole('button', { name: 'Project', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Label Schema…' }).click();
      await page.getByRole('dialog').waitFor();
    },
    close: (page) => page.keyboard.press('Escape'),
  },
  shortcuts: {
    open: async (page) => {
      await page.keyboard.press('Control+/');
      await page.getByRole('dialog').waitFor();
    },
    close: (page) => page.keyboard.press('Escape'),
  },
};

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-shots-')), 'project');
  await createProject(dir, { name: 'Iraq troop withdrawal', seedsDir: join(root, 'seeds') });
  const opened = await openProjectPage(
    dir,
    mkdtempSync(join(tmpdir(), 'loupe-shots-home-')),
    'lena',
  );
  const { page } = opened;
  // tsx keeps function names with a __name helper the page lacks.
  await page.evaluate('window.__name = (f) => f');
  try {
    for (const [needle, key] of [
      ['Mike Pompeo', '1'],
      ['Washington', '3'],
      ['Department of State', '2'],
    ] as const) {
      await selectText(page, needle);
      await page.keyboard.press(key);
      await page.waitForTimeout(200);
    }
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      for (const theme of ['light', 'dark']) {
        const now = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
        if (now !== theme) await page.keyboard.press('Control+Shift+l');
        for (const [name, screen] of Object.entries(SCREENS)) {
          await screen.open(page);
          await page.waitForTimeout(250);
          await page.screenshot({ path: join(out, `${name}-${width}-${theme}.png`) });
          await screen.close(page);
        }
      }
    }
  } finally {
    await opened.close();
  }
  console.log(`screenshots in ${out}`);
}

await main();
