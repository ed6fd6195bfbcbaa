import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { spanOver, topicStance, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'a11y');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';

/** How to bring each screen up from the annotation view, and how to leave it. */
const SCREENS: Record<
  string,
  { open(page: Page): Promise<void>; close(page: Page): Promise<void> }
> = {};
function dialog(name: string, open: (page: Page) => Promise<void>): void {
  SCREENS[name] = {
    open: async (page) => {
      await open(page);
      await page.getByRole('dialog').waitFor();
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    },
  };
}
/** Runs an item of the Project menu (at 1024 px its header buttons are left out). */
async function fromProjectMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}
SCREENS.main = { open: async () => {}, close: async () => {} };
SCREENS.entities = {
  open: async (page) => {
    await page.getByRole('tab', { name: 'Entities' }).click();
  },
  close: async (page) => {
    await page.getByRole('tab', { name: 'Documents' }).click();
  },
};
SCREENS.relate = {
  open: async (page) => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.press('r');
    await page.getByRole('complementary', { name: 'New relation' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox', { name: 'Relation type' }).waitFor();
  },
  close: async (page) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('complementary', { name: 'Document' }).count()).toBe(1);
  },
};
SCREENS['entity picker'] = {
  open: async (page) => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.press('e');
    await page.getByRole('listbox').waitFor();
  },
  close: async (page) => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
  },
};
dialog('stance map', (page) => fromProjectMenu(page, 'Stance Map'));
dialog('import', (page) => page.keyboard.press('Control+i'));
dialog('export', async (page) => {
  await page.keyboard.press('Control+Shift+p');
  await page.keyboard.type('Export');
  await page.keyboard.press('Enter');
});
// The CoNLL export's own fields: overlaps and the tag scheme.
dialog('export as CoNLL', async (page) => {
  await page.keyboard.press('Control+Shift+p');
  await page.keyboard.type('Export');
  await page.keyboard.press('Enter');
  await page.getByLabel('Export format').selectOption('conll');
  await page.getByLabel('Export tag scheme').waitFor();
});
dialog('schema', (page) => fromProjectMenu(page, 'Label Schema…'));
dialog('statistics', (page) => fromProjectMenu(page, 'Project Statistics…'));
dialog('shortcuts', (page) => page.keyboard.press('Control+/'));
dialog('palette', (page) => page.keyboard.press('Control+Shift+p'));
SCREENS.agreement = {
  open: async (page) => {
    await fromProjectMenu(page, 'Agreement');
    await page.locator('.lp-agree-cards').waitFor();
  },
  close: async (page) => {
    await page.keyboard.press('Escape');
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
  },
};
// A keyboard user's document in the documents table, as they Tab to it.
SCREENS['agreement row'] = {
  open: async (page) => {
    await SCREENS.agreement!.open(page);
    await page.locator(`[data-review-document="${D1}"]`).focus();
  },
  close: (page) => SCREENS.agreement!.close(page),
};
SCREENS.review = {
  open: async (page) => {
    await SCREENS.agreement!.open(page);
    await page.locator(`.lp-doctable tr[data-document-id="${D1}"]`).click();
    await page.locator('.lp-review-item').first().waitFor();
  },
  close: async (page) => {
    await page.keyboard.press('Escape');
    await page.locator('.lp-agree-cards').waitFor();
    await SCREENS.agreement!.close(page);
  },
};

// Decided items step back, but what they say must stay readable: one decided, then undone.
SCREENS['review decided'] = {
  open: async (page) => {
    await SCREENS.review!.open(page);
    await page.keyboard.press('a');
    await page.locator('.lp-review-item.is-decided').first().waitFor();
  },
  close: async (page) => {
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.lp-review-item.is-decided').count()).toBe(0);
    await SCREENS.review!.close(page);
  },
};

describe('every screen passes axe-core in light and dark themes (Chromium)', () => {
  let opened: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-a11y-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const store = await createProject(dir, { name: 'Accessibility', seedsDir: seeds });
    const t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    const quote = spanOver(t1, 'a conversation', 'QUOTE', 'a_q');
    await writeAnnotatorLayer(
      store,
      D1,
      'amira',
      [spanOver(t1, 'Iraq', 'GPE', 'a1'), spanOver(t1, 'Mike Pompeo', 'PERSON', 'a2'), quote],
      [topicStance('a_st', 'AGAINST', [quote], 'troop-withdrawal')],
    );
    await writeAnnotatorLayer(store, D1, 'omar', [
      spanOver(t1, 'Iraq', 'GPE', 'o1'),
      spanOver(t1, 'Mike Pompeo', 'ORG', 'o2'),
    ]);
    // The reader's own layer: every label drawn, so span colours are checked too.
    const labels = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'DATE', 'QUOTE', 'MISC'];
    const words = [
      'Pompeo',
      'Washington',
      'Iraq',
      'Baghdad',
      'Iraqi',
      'withdrawal',
      '2020',
      'road map',
      'Shutterstock',
    ];
    await writeAnnotatorLayer(
      store,
      D0,
      'lena',
      labels.map((label, i) => spanOver(t0, words[i]!, label, `l${i}`)),
    );
    opened = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 768 });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const name of Object.keys(SCREENS)) {
      it(`${name}, ${theme}: no critical or serious violation`, async () => {
        const current = await page.evaluate(
          () => document.documentElement.dataset.theme ?? 'light',
        );
        if (current !== theme) await page.keyboard.press('Control+Shift+l');
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'light'))
          .toBe(theme);
        const screen = SCREENS[name]!;
        await screen.open(page);
        await page.waitForTimeout(150); // transitions settle before colours are read
        const result = await new AxeBuilder({ page }).analyze();
        await page.screenshot({
          path: screenshotPath(`a11y-${name.replace(' ', '-')}-${theme}.png`),
        });
        await screen.close(page);
        writeFileSync(
          join(shots, `${name.replace(' ', '-')}-${theme}.json`),
          JSON.stringify(result.violations, null, 2),
        );
        const bad = result.violations
          .filter((v) => v.impact === 'critical' || v.impact === 'serious')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 5)
                .join(', ')}`,
          );
        expect(bad).toEqual([]);
        // Nothing wider than the window at 1024 px: no part of the page scrolls sideways.
        const overflow = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.lp-header, .lp-toolbar, body')]
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.className || el.tagName),
        );
        expect(overflow).toEqual([]);
      });
    }
  }
});
