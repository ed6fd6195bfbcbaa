import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, importPaths } from '../../src/node';
import { folderWith } from '../node/interchange/build';
import { tempDir } from '../helpers/tempProject';
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
});
