import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/node';
import { FormatErrors } from '../../../src/shared/formats';
import { emptyProject, folderWith, into } from './build';

/** The errors a failed import threw, as their messages. */
async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FormatErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('importing a folder of files none of whose extensions Loupe reads', () => {
  // AnatEM's nersuite/all: 1,212 `.nersuite` token files. Before, the import said
  // ": no files to import" (and ": no files left to import" with --format conll), of no file.
  const files = {
    'PMC-1.nersuite': 'O\t0\t5\tWhite\tWhite\tJJ\tB-NP\n',
    'PMC-2.nersuite': 'B-Organ\t0\t5\tliver\tliver\tNN\tB-NP\n',
    'PMC-3.nersuite': 'O\t0\t2\tof\tof\tIN\tB-PP\n',
    'PMC-4.nersuite': 'O\t0\t3\trat\trat\tNN\tB-NP\n',
  };

  it('names the folder, its files and how to read them; nothing is imported', async () => {
    const dir = folderWith(files);
    const { store } = await emptyProject();
    for (const format of ['auto', 'conll'] as const) {
      const messages = await refusal(() => importPaths(store, [dir], into('amira', { format })));
      expect(messages).toEqual([
        `${dir.split('\\').join('/')}: holds no file Loupe reads by its extension: 4 files left alone (PMC-1.nersuite, PMC-2.nersuite, PMC-3.nersuite, …); to read them, name the files themselves with --format (token files such as NERsuite's: --format conll)`,
      ]);
    }
    expect(store.listDocuments()).toEqual([]);
  });
});
