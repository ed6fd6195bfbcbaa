import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, importPaths } from '../../src/node';
import { folderWith } from '../node/interchange/build';
import { tempDir } from '../helpers/tempProject';
import { writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { span } from '../helpers/span';
import { reachPart } from './support/keyboardWalk';
import { useTheme } from './support/themes';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

describe('documents of one name in two folders, in the document list', () => {
  let opened: ProjectPage;

  beforeAll(async () => {
    const root = tempDir();
    const store = await createProject(join(root, 'project'));
    const corpus = folderWith({
      'a/x.txt': 'Alpha report\n\nThe first text.\n',
      'b/x.txt': 'Beta report\n\nThe second text.\n',
    });
    await importPaths(store, [corpus], {
      format: 'auto',
      annotator: { explicit: 'tester', fallback: () => 'tester' },
    });
    // A teammate's finished layer of a/x.txt: the entry then counts every annotator's spans.
    await writeAnnotatorLayer(store, 'x', 'amira', [span(0, 5, 'ORG', 'a1')]);
    await writeAnnotatorLayer(store, 'x', 'omar', []);
    opened = await openProjectPage(store.dir, join(root, 'home'), 'tester');
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('are told apart by their folders (were both x.txt)', async () => {
    const { page } = opened;
    // Each entry shows its title, else its name; its tooltip names its file.
    const names = page.locator('.lp-doclist__item .lp-doclist__name');
    await expect.poll(() => names.allTextContents()).toEqual(['a/x.txt', 'b/x.txt']);
    const tooltips = await page
      .locator('.lp-doclist__item')
      .evaluateAll((items) => items.map((item) => item.getAttribute('title')));
    expect(tooltips).toEqual(['a/x.txt', 'b/x.txt']);
    await page.screenshot({ path: screenshotPath('document-folders.png') });
  });
  // Reached by Tab, an entry was heard as "a/x.txt 0 to do amira 1 ✓": a bare number, and a
  // mark for done. Each count is said with what it counts.
  it('each entry, reached by keys, says what its counts and marks mean', async () => {
    const { page } = opened;
    await page.locator('.lp-reading .ProseMirror').focus();
    await reachPart(page, '[data-region="side"]');
    // Tab goes on to each entry (the open one, c.txt's place, holds none here).
    const reached: string[] = [];
    for (let i = 0; i < 6 && reached.length < 2; i++) {
      await page.keyboard.press('Tab');
      const file = await page.evaluate(() =>
        document.activeElement?.matches('.lp-doclist__item')
          ? document.activeElement.getAttribute('title')
          : null,
      );
      if (file) reached.push(file);
    }
    expect(reached).toEqual(['a/x.txt', 'b/x.txt']);
    // Their names as a screen reader computes them (the visible counts are hidden from it).
    expect(await page.locator('.lp-doclist ul').ariaSnapshot()).toBe(
      [
        '- list:',
        '  - listitem:',
        '    - button "a/x.txt 0 spans, to do ; amira 1 span, done; omar 0 spans, done"',
        '  - listitem:',
        '    - button "b/x.txt 0 spans, to do ; amira 0 spans; omar 0 spans"',
      ].join('\n'),
    );
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.locator('.lp-doclist__item[title="a/x.txt"]').focus();
      await page.screenshot({ path: screenshotPath(`document-folders-keys-${theme}.png`) });
    }
    await useTheme(page, 'light');
  });
});
