import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bratLoad } from '../../scripts/interop/bratLoad';
import { SHARED_DIR } from '../../scripts/interop/sharedTools';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const BRAT_LOAD = join(SHARED_DIR, 'tools', 'brat', 'brat_load.py');
const noBrat = !existsSync(BRAT_LOAD);
if (noBrat) console.warn(`skipped: brat's parser is absent (${SHARED_DIR})`);

/*
 * brat files in the order Loupe writes them (T, then its N; events, relations; kept lines last),
 * with the line shapes of BioNLP corpora brat or Loupe used to refuse (cited in
 * tests/shared/formats/brat/bacteriaBiotope.test.ts and keptLines.test.ts), over texts of our own.
 */
const BB_TEXT = 'Helicobacter pylori in gastric mucosa.\n';
const BB_ANN = [
  'T1\tMicroorganism 0 19\tHelicobacter pylori',
  'N1\tNCBI_Taxonomy Annotation:T1 Referent:210',
  'T2\tHabitat 23 37\tgastric mucosa',
  'N2\tOntoBiotope Annotation:T2 Referent:OBT:001577',
  'N3\tReference T2 OntoBiotope:OBT:000334\tgastric mucosa',
];
const SEEDEV_TEXT = 'WRI1 controls lipids in seeds.\n';
const SEEDEV_ANN = [
  'T1\tProtein 0 4\tWRI1',
  'T2\tLipid 14 20\tlipids',
  'T3\tTissue 24 29\tseeds',
  'R2\tRegulates Agent:T1 Theme:T2',
  'E1\tLocalization Functional_Molecule:T1 Target_Tissue:T3 Organism_Genotype:T1',
  'M1\tNegation Annotation:E1',
  'R1\tIs_Linked_To Agent1:E1 Agent2:T2',
];

function collection(docs: Record<string, [string, string[]]>): string {
  const dir = join(tempDir(), 'collection');
  mkdirSync(dir);
  for (const [name, [text, ann]] of Object.entries(docs)) {
    writeFileSync(join(dir, `${name}.txt`), text);
    writeFileSync(join(dir, `${name}.ann`), `${ann.join('\n')}\n`);
  }
  return dir;
}

/** `loupe import` of a folder into a new project, then `loupe export --format brat`: the exported folder and the import's warnings. */
function importExport(input: string): { out: string; warnings: string[] } {
  const home = tempDir();
  const dir = join(tempDir(), 'project');
  expect(runCli(['init', dir], home).code).toBe(0);
  const imported = runCli(
    ['import', dir, input, '--format', 'brat', '--annotator', 'amy', '--json'],
    home,
  );
  expect(imported.code, imported.stderr).toBe(0);
  const out = join(tempDir(), 'brat');
  const exported = runCli(
    ['export', dir, '--format', 'brat', '--annotator', 'amy', '--out', out, '--json'],
    home,
  );
  expect(exported.code, exported.stderr).toBe(0);
  expect(JSON.parse(exported.stdout)).toMatchObject({ ok: true, notExpressed: {} });
  return { out, warnings: JSON.parse(imported.stdout).warnings ?? [] };
}

describe('loupe import and export of BioNLP shapes in brat files', { timeout: 120_000 }, () => {
  it('writes Bacteria Biotope references back byte for byte, and brat reads the export', async () => {
    const input = collection({ bb: [BB_TEXT, BB_ANN] });
    const { out, warnings } = importExport(input);
    expect(warnings).toEqual([]);
    expect(readFileSync(join(out, 'bb.ann'), 'utf8')).toBe(
      readFileSync(join(input, 'bb.ann'), 'utf8'),
    );
    if (noBrat) return;
    const loaded = await bratLoad(BRAT_LOAD, out);
    expect(loaded.problems).toEqual([]);
    expect(loaded.counts).toMatchObject({ entities: 2, normalizations: 3 });
  });

  it('keeps events without a trigger and the lines naming them byte for byte; brat reads the export as it reads the input', async () => {
    const input = collection({ seedev: [SEEDEV_TEXT, SEEDEV_ANN] });
    const { out, warnings } = importExport(input);
    expect(warnings).toEqual([
      expect.stringMatching(
        /seedev\.ann:5: 1 event line\(s\) without a trigger .* and 2 line\(s\) naming them kept as written/,
      ),
    ]);
    expect(readFileSync(join(out, 'seedev.ann'), 'utf8')).toBe(
      readFileSync(join(input, 'seedev.ann'), 'utf8'),
    );
    if (noBrat) return;
    // brat refuses the line without a trigger (and stops at the lines naming it): without those, it reads the rest of both alike.
    const bare = collection({ seedev: [SEEDEV_TEXT, SEEDEV_ANN.slice(0, 5)] });
    const again = importExport(bare).out;
    const [before, after] = [await bratLoad(BRAT_LOAD, bare), await bratLoad(BRAT_LOAD, again)];
    const unparsed = (problems: readonly string[]) => problems.filter((p) => p.includes('parse'));
    expect(unparsed(before.problems)).toEqual([
      expect.stringContaining('Unable to parse the following line(s):\n<br/>\n5: E1\tLocalization'),
    ]);
    expect(unparsed(after.problems)).toEqual(unparsed(before.problems));
    expect(after.counts).toMatchObject({ entities: 3, relations: 1 });
  });
});
