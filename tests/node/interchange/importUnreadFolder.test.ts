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
  // Token files under an extension Loupe does not read (AnatEM's 1,212 `.nersuite` files were
  // so before Loupe read theirs). Before, the import said ": no files to import" (and ": no
  // files left to import" with --format conll), of no file.
  const files = {
    'PMC-1.ner': 'O\t0\t5\tWhite\tWhite\tJJ\tB-NP\n',
    'PMC-2.ner': 'B-Organ\t0\t5\tliver\tliver\tNN\tB-NP\n',
    'PMC-3.ner': 'O\t0\t2\tof\tof\tIN\tB-PP\n',
    'PMC-4.ner': 'O\t0\t3\trat\trat\tNN\tB-NP\n',
  };

  it('names the folder, its files and how to read them; nothing is imported', async () => {
    const dir = folderWith(files);
    const { store } = await emptyProject();
    for (const format of ['auto', 'conll'] as const) {
      const messages = await refusal(() => importPaths(store, [dir], into('amira', { format })));
      expect(messages).toEqual([
        `${dir.split('\\').join('/')}: holds no file Loupe reads by its extension: 4 files left alone (PMC-1.ner, PMC-2.ner, PMC-3.ner, …); to read them, name the files themselves with --format (token files: --format conll)`,
      ]);
    }
    expect(store.listDocuments()).toEqual([]);
  });
});

describe('importing a folder of NERsuite files', () => {
  // AnatEM's nersuite/all: 1,212 `.nersuite` token files (tag, start, end, word, lemma, POS,
  // chunk tag). Before, the folder was refused: no file of it was read by its extension.
  it('reads them as CoNLL without --format or --tag-column', async () => {
    const dir = folderWith({
      'PMC-1.nersuite': 'O\t0\t5\tWhite\tWhite\tJJ\tB-NP\nB-Organ\t6\t11\tliver\tliver\tNN\tI-NP\n',
      'PMC-2.nersuite': 'B-Cell\t0\t5\tcells\tcell\tNNS\tB-NP\n',
    });
    const { store } = await emptyProject();
    const summary = await importPaths(store, [dir], into('amira', { format: 'auto' }));
    expect(summary.format).toBe('conll');
    expect(summary.spans).toBe(2);
    expect(
      store
        .listDocuments()
        .map((d) => d.name)
        .sort(),
    ).toEqual(['PMC-1.txt', 'PMC-2.txt']);
    expect(summary.warnings.join('\n')).toContain('tags in column 1 (NERsuite: tag, start, end');
  });
});
