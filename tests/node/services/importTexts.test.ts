import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src/node';
import { ProjectFolder } from '../../../src/node/store';
import { importTexts } from '../../../src/node/services/importTexts';
import { tempDir } from '../../helpers/tempProject';

/** The five seed articles, from the shared folder beside the checkout. */
const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');

describe('importTexts (the seed import)', () => {
  it('skips texts already in the project: importing the seeds twice keeps five documents', async () => {
    const dir = join(tempDir(), 'p');
    await createProject(dir, { name: 'demo', seedsDir: SEEDS });
    const store = await ProjectFolder.open(dir);
    expect(store.listDocuments()).toHaveLength(5);
    const again = await importTexts(store, [SEEDS]);
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(5);
    expect((await ProjectFolder.open(dir)).listDocuments()).toHaveLength(5);
  });
});
