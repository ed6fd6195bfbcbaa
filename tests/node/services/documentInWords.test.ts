import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src/node';
import { documentInWords } from '../../../src/node/services/documentInWords';
import { tempDir } from '../../helpers/tempProject';

const seeds = join(import.meta.dirname, '..', '..', '..', 'seeds');

describe('documentInWords', () => {
  it('names a seed document (its file name is its id) by its place in the list and its headline, cut at a word', async () => {
    const store = await createProject(join(tempDir(), 'p'), { name: 'P', seedsDir: seeds });
    // The second seed opens with "The United States on Friday rejected a request by Iraq …".
    expect(await documentInWords(store, '001_8f0f90acb7aa8cc5')).toBe(
      'document 2 of 5, “The United States on Friday rejected a request by…”',
    );
    expect(await documentInWords(store, 'gone')).toBe('a document no longer in the project');
  });

  it('uses the title a user gave the document', async () => {
    const store = await createProject(join(tempDir(), 'p'), { name: 'P', seedsDir: seeds });
    await store.commit({
      manifest: { ...store.manifest, titles: { '000_90267a0c835213d2': 'Pompeo rebuffs Baghdad' } },
    });
    expect(await documentInWords(store, '000_90267a0c835213d2')).toBe(
      'document 1 of 5, “Pompeo rebuffs Baghdad”',
    );
  });
});
