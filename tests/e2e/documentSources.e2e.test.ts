import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, importPaths } from '../../src/node';
import { folderWith } from '../node/interchange/build';
import { tempDir } from '../helpers/tempProject';
import { useTheme } from './support/themes';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

/** A CoNLL file of one document whose first token is a PER. */
function conll(name: string): string {
  return `-DOCSTART- O\n\n${name} B-PER\nsaid O\nhello O\n. O\n`;
}

describe('documents imported from CoNLL files, in the document list', () => {
  let opened: ProjectPage;

  beforeAll(async () => {
    const root = tempDir();
    const store = await createProject(join(root, 'project'));
    const corpus = folderWith({ 'en/train.conll': conll('Amira'), 'en/dev.conll': conll('Omar') });
    await importPaths(store, [join(corpus, 'en')], {
      format: 'conll',
      annotator: { explicit: 'tester', fallback: () => 'tester' },
    });
    opened = await openProjectPage(store.dir, join(root, 'home'), 'tester');
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('each entry says which file it came from, on screen and in its tooltip', async () => {
    const { page } = opened;
    const items = page.locator('.lp-doclist__item');
    await expect.poll(() => items.count()).toBe(2);
    // Under each title: its file name, then the file it came from (was: the file name alone).
    const lines = await page.locator('.lp-doclist__item .lp-doclist__file').allTextContents();
    expect(lines.sort()).toEqual(['dev-1.txt · from dev.conll', 'train-1.txt · from train.conll']);
    const tooltips = await items.evaluateAll((all) =>
      all.map((item) => item.getAttribute('title')),
    );
    expect(tooltips.sort()).toEqual(['dev-1.txt, from dev.conll', 'train-1.txt, from train.conll']);
    // A screen reader hears it with the entry's name.
    expect(await page.locator('.lp-doclist ul').ariaSnapshot()).toContain(
      'train-1.txt · from train.conll',
    );
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.screenshot({ path: screenshotPath(`document-source-${theme}.png`) });
    }
    await useTheme(page, 'light');
  });
});
