import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importPaths, writeExportFiles } from '../../../src/node';
import { bratCompare } from '../../../scripts/interop/bratCompare';
import { bratLoad } from '../../../scripts/interop/bratLoad';
import { SHARED_DIR } from '../../../scripts/interop/sharedTools';
import { tempDir } from '../../helpers/tempProject';
import { emptyProject, folderWith, into } from './build';

const BRAT = join(SHARED_DIR, 'fixtures', 'real', 'brat');
const TOOLS = join(SHARED_DIR, 'tools', 'brat');
const absent = !existsSync(BRAT) || !existsSync(join(TOOLS, 'brat_compare.py'));
if (absent) console.warn(`skipped: brat's real collections or parser are absent (${SHARED_DIR})`);

/** Collections brat and the BioNLP/CoNLL/NCBI corpora publish (../shared/fixtures/real/SOURCES.md). */
const COLLECTIONS = [
  'news',
  'bio',
  'BioNLP-ST_2011_GE',
  'BioNLP-ST_2011_ID',
  'NCBI-disease',
  'CoNLL-ST_2002/esp',
  'CoNLL-ST_2002/ned',
];

/** The files under a folder, by their paths in it (`esp/a.ann`), sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function roundTrip(collection: string) {
  const { store } = await emptyProject();
  const original = join(BRAT, collection);
  const imported = await importPaths(store, [original], { ...into('amy'), format: 'brat' });
  const out = join(tempDir(), 'brat');
  const { result } = await exportProject(store, { format: 'brat', annotator: 'amy' });
  await writeExportFiles(out, result.files);
  return { imported, out, original, notExpressed: result.summary.notExpressed };
}

describe.skipIf(absent)(
  'brat round trip of real collections (brat’s own parser and checker)',
  () => {
    it.each(COLLECTIONS)(
      '%s: import → export is identical up to ids, and verify_annotations finds no issue',
      async (collection) => {
        const { imported, out, original, notExpressed } = await roundTrip(collection);
        expect(imported.warnings.filter((w) => !w.includes('other formats'))).toEqual([]);
        expect(notExpressed).toEqual({});
        const compared = await bratCompare(join(TOOLS, 'brat_compare.py'), original, out);
        expect(compared.problems).toEqual([]);
        const kinds = Object.values(compared.counts);
        expect(kinds.length).toBeGreaterThan(0);
        for (const [kind, count] of Object.entries(compared.counts))
          expect({ kind, ...count }).toEqual({
            kind,
            orig: count.orig,
            export: count.orig,
            same: count.orig,
          });
        const loaded = await bratLoad(join(TOOLS, 'brat_load.py'), out);
        expect(loaded.problems).toEqual([]);
        expect(loaded.issues).toBe(0);
      },
      120_000,
    );

    it.each([...COLLECTIONS.filter((c) => !c.includes('/')), 'CoNLL-ST_2002'])(
      '%s: every .ann and .txt of an unchanged import comes back byte for byte, in its folder (ids, order, spacing)',
      async (collection) => {
        const { out, original } = await roundTrip(collection);
        const files = filesUnder(original).filter((f) => /\.(ann|txt)$/.test(f));
        expect(files.length).toBeGreaterThan(0);
        const differing = files.filter(
          (f) =>
            !existsSync(join(out, f)) ||
            readFileSync(join(out, f), 'utf8') !== readFileSync(join(original, f), 'utf8'),
        );
        expect(differing).toEqual([]);
      },
      120_000,
    );

    it('keeps CoNLL-ST 2002’s esp/ and ned/ folders: brat’s parser reads each as the original', async () => {
      const { out, original } = await roundTrip('CoNLL-ST_2002');
      // Every file comes back, byte for byte: its configurations and README too.
      expect(filesUnder(out)).toEqual(filesUnder(original));
      for (const f of filesUnder(original))
        expect({
          f,
          same: readFileSync(join(out, f)).equals(readFileSync(join(original, f))),
        }).toEqual({ f, same: true });
      for (const folder of ['esp', 'ned']) {
        const compared = await bratCompare(
          join(TOOLS, 'brat_compare.py'),
          join(original, folder),
          join(out, folder),
        );
        expect(compared.problems).toEqual([]);
        expect(compared.counts.T).toEqual({
          orig: compared.counts.T?.orig,
          export: compared.counts.T?.orig,
          same: compared.counts.T?.orig,
        });
        const loaded = await bratLoad(join(TOOLS, 'brat_load.py'), join(out, folder));
        expect(loaded.problems).toEqual([]);
        expect(loaded.issues).toBe(0);
      }
    }, 120_000);

    it('keeps events, equivalences, normalizations and notes in the layer (news tutorial)', async () => {
      const { store } = await emptyProject();
      await importPaths(store, [join(BRAT, 'news')], { ...into('amy'), format: 'brat' });
      const doc = store.listDocuments().find((d) => d.name === '000-introduction.txt');
      if (!doc) throw new Error('no 000-introduction');
      const layer = await store.readLayer(doc.id, 'amy');
      expect(layer.events).toEqual([
        expect.objectContaining({ type: 'Transfer-money', attributes: { Confidence: 'High' } }),
      ]);
      expect(layer.events?.[0]?.arguments.map((a) => a.role)).toEqual([
        'Giver-Arg',
        'Money-Arg',
        'Beneficiary-Arg',
        'Recipient-Arg',
      ]);
      const normalized = layer.spans.find((s) => s.normalizations);
      expect(normalized?.normalizations).toEqual([
        { db: 'Wikipedia', key: '64488', text: 'Carlos Salinas de Gortari' },
      ]);
    });
  },
);

/** A brat folder imported into a new project with no warning, exported with nothing lost, and compared with brat's parser: no problem. */
async function exportedAndCompared(original: string) {
  const { store } = await emptyProject();
  const imported = await importPaths(store, [original], { ...into('amy'), format: 'brat' });
  expect(imported.warnings.filter((w) => !w.includes('other formats'))).toEqual([]);
  const out = join(tempDir(), 'brat');
  const { result } = await exportProject(store, { format: 'brat', annotator: 'amy' });
  expect(result.summary.notExpressed).toEqual({});
  await writeExportFiles(out, result.files);
  const compared = await bratCompare(join(TOOLS, 'brat_compare.py'), original, out);
  expect(compared.problems).toEqual([]);
  return { store, imported, compared };
}

describe.skipIf(absent)('what brat writes and Loupe used to change (brat’s own parser)', () => {
  it('keeps two equal relations under two ids, and fragments in the order listed', async () => {
    // Duplicate R lines are in meisin/Commodity-News-Corpus and jeniyat/WNUT_2020_NER; a T
    // listing its fragments out of text order in ScienceNLP-Lab/DiMB-RE (18218753.ann, T34).
    const text = 'reduced the intake of some acid detergent fiber by cows';
    const ann = [
      'T1\tPhysiology 27 47;12 21\tacid detergent fiber intake of',
      'T2\tOrganism 51 55\tcows',
      'T3\tNutrient 27 31;42 47\tacid fiber',
      'R1\tAffects Arg1:T1 Arg2:T2',
      'R2\tAffects Arg1:T1 Arg2:T2',
    ];
    const original = folderWith({ 'a.txt': text, 'a.ann': `${ann.join('\n')}\n` });
    const { store, imported, compared } = await exportedAndCompared(original);
    expect(imported.kinds).toContainEqual({
      kind: 'relations',
      read: 2,
      imported: 2,
      alreadyPresent: 0,
    });
    expect(compared.counts).toEqual({
      T: { orig: 3, export: 3, same: 3 },
      R: { orig: 2, export: 2, same: 2 },
    });
    // Imported again: nothing new.
    const again = await importPaths(store, [original], { ...into('amy'), format: 'brat' });
    expect(again.relations).toBe(0);
    expect(again.spans).toBe(0);
  });

  it('writes back # notes of other types than AnnotatorNotes under their own type', async () => {
    // The layout of UD Finnish TDT's brat files (a `#` Lemma note on each word), in our own words.
    const text = 'Koirat juoksivat.';
    const ann = [
      'T1\tNOUN 0 6\tKoirat',
      '#1\tLemma T1\tkoira',
      'T2\tVERB 7 16\tjuoksivat',
      '#2\tLemma T2\tjuosta',
      '#3\tAnnotatorNotes T2\tpast tense',
      'R1\tnsubj Arg1:T2 Arg2:T1',
      '#4\tGloss R1\tsubject',
    ];
    const original = folderWith({ 'a.txt': text, 'a.ann': `${ann.join('\n')}\n` });
    const { compared } = await exportedAndCompared(original);
    expect(compared.counts).toEqual({
      T: { orig: 2, export: 2, same: 2 },
      R: { orig: 1, export: 1, same: 1 },
      '#': { orig: 4, export: 4, same: 4 },
    });
  });

  it('reads a note type holding other characters than brat type names allow as AnnotatorNotes, and says so', async () => {
    const original = folderWith({
      'a.txt': 'Koirat',
      'a.ann': 'T1\tNOUN 0 6\tKoirat\n#1\tLemma/../x T1\tkoira\n',
    });
    const { store } = await emptyProject();
    const imported = await importPaths(store, [original], { ...into('amy'), format: 'brat' });
    expect(imported.warnings.join('\n')).toMatch(
      /a\.ann:2: #1: note type "Lemma\/\.\.\/x" is read as AnnotatorNotes \(brat type names hold letters, digits, _ and - only\)/,
    );
    const { result } = await exportProject(store, { format: 'brat', annotator: 'amy' });
    expect(result.files.find((f) => f.path === 'a.ann')?.content).toBe(
      'T1\tNOUN 0 6\tKoirat\n#1\tAnnotatorNotes T1\tkoira\n',
    );
  });
});
