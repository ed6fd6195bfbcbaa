import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths, writeExportFiles } from '../../../src/node';
import { FormatErrors } from '../../../src/shared/formats';
import { bratCompare } from '../../../scripts/interop/bratCompare';
import { SHARED_DIR } from '../../../scripts/interop/sharedTools';
import { tempDir } from '../../helpers/tempProject';
import { emptyProject, folderWith, into } from './build';

/** BioNLP-ST 2011 ID documents as the shared task published them: .txt, .a1 (given), .a2 (events). */
const PARTS = join(import.meta.dirname, '../../fixtures/bionlp');
/** The same documents as brat's own example data joins them into one .ann (../shared). */
const JOINED = join(SHARED_DIR, 'fixtures', 'real', 'brat', 'BioNLP-ST_2011_ID');
const COMPARE = join(SHARED_DIR, 'tools', 'brat', 'brat_compare.py');
const DOCS = ['PMC2242835-02-Results-06', 'PMC2266911-00-TIAB'];
const absent = !existsSync(JOINED) || !existsSync(COMPARE);
if (absent) console.warn(`skipped: brat's BioNLP collection or parser is absent (${SHARED_DIR})`);

/** Lines of the parts whose id starts with `kind` (counted apart from the code under test). */
function countLines(kind: string): number {
  let n = 0;
  for (const doc of DOCS)
    for (const part of ['a1', 'a2'])
      n += readFileSync(join(PARTS, `${doc}.${part}`), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith(kind)).length;
  return n;
}

describe('BioNLP Shared Task parts (.a1, .a2), which brat joins', () => {
  it.skipIf(absent)(
    'imports them as brat, and the export equals brat’s own joined .ann (brat_compare.py)',
    async () => {
      const { store } = await emptyProject();
      const imported = await importPaths(store, [PARTS], into('amy'));
      expect(imported.format).toBe('brat');
      expect(imported.documents).toHaveLength(2);
      expect(imported.spans).toBe(countLines('T'));
      expect(imported.events).toBe(countLines('E'));
      const out = join(tempDir(), 'brat');
      const { result } = await exportProject(store, { format: 'brat', annotator: 'amy' });
      await writeExportFiles(out, result.files);
      const oracle = join(tempDir(), 'joined');
      mkdirSync(oracle);
      for (const doc of DOCS)
        for (const ext of ['txt', 'ann'])
          copyFileSync(join(JOINED, `${doc}.${ext}`), join(oracle, `${doc}.${ext}`));
      const compared = await bratCompare(COMPARE, oracle, out);
      expect(compared.problems).toEqual([]);
      expect(compared.counts.T?.orig).toBe(countLines('T'));
      expect(compared.counts.E?.orig).toBe(countLines('E'));
      for (const [kind, count] of Object.entries(compared.counts))
        expect({ kind, ...count }).toEqual({
          kind,
          ...count,
          same: count.orig,
          export: count.orig,
        });
    },
    120_000,
  );

  it('names the part and its own line when a line is bad', async () => {
    const folder = folderWith({
      'a.txt': 'IL-2 binds',
      'a.a1': 'T1\tProtein 0 4\tIL-2\n',
      'a.a2': 'T2\tBinding 5 10\tbinds\nE1\tBinding:T2 Theme:T9\n',
    });
    const { store } = await emptyProject();
    const error = await importPaths(store, [folder], into('amy')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatErrors);
    const [first] = (error as FormatErrors).errors;
    expect(first?.file).toMatch(/a\.a2$/);
    expect(first?.line).toBe(2);
  });
});
