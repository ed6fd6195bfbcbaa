import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import { errorsOf, file, lines, tsv } from '../build';

/*
 * Events without a trigger of three arguments, as the BioNLP Shared Task 2016 SeeDev-full
 * corpus writes them (SeeDev-full-10318690-2.a2: `E2\tLocalization Functional_Molecule:T122
 * Target_Tissue:T124 Organism_Genotype:T127`, in zjh-nudger/BioNLP-ST2016 @
 * 4a44f5292dc3e55f6c22dd705720799d24b87be2, data/SeeDev/; licence unknown, so over a text of
 * our own). brat refuses them (its parser wants `Type:Trigger`); Loupe keeps them as written.
 */
const TEXT = 'WRI1 controls biosynthetic pathways for fatty acids and lipids in seeds.';
const A1 = lines(
  tsv('T1', 'Protein 0 4', 'WRI1'),
  tsv('T2', 'Pathway 14 39', 'biosynthetic pathways for'),
  tsv('T3', 'Pathway 14 51', 'biosynthetic pathways for fatty acids'),
  tsv('T4', 'Tissue 66 71', 'seeds'),
);
const BARE = tsv('E1', 'Localization Functional_Molecule:T1 Target_Tissue:T4 Organism_Genotype:T3');

function read(a2: string, a1 = A1) {
  return readBrat([file('s.txt', TEXT), file('s.a1', a1), file('s.a2', a2)]);
}

function annOf(result: ReturnType<typeof read>): string | undefined {
  return writeBrat(result).files.find((f) => f.path === 's.ann')?.content;
}

describe('brat lines Loupe does not model, kept as written', () => {
  it('keeps an event without a trigger of three arguments and the lines naming it, says how many, and writes them back under their ids', () => {
    const a2 = lines(
      BARE,
      tsv('E2', 'Regulates_Process Agent:T1 Process:T2'),
      tsv('M1', 'Negation Annotation:E1'),
      tsv('R1', 'Is_Linked_To Agent1:E1 Agent2:T2'),
    );
    const result = read(a2);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^s\.a2:2: 1 event line\(s\) without a trigger .* read as relations/),
      expect.stringMatching(
        /^s\.a2:1: 1 event line\(s\) without a trigger that are no relation .* and 2 line\(s\) naming them kept as written/,
      ),
    ]);
    const doc = result.documents[0];
    expect(doc?.relations.map((r) => r.id)).toEqual(['E2']);
    expect(doc?.events).toBeUndefined();
    // The relation read from E2 goes back as the event line it was, in its place.
    expect(annOf(result)).toBe(A1 + a2);
  });

  it('names the annotations a kept line refers to by their written ids', () => {
    // T2 is not in the file: T3 and T4 keep their ids; the file comes back as it was.
    const a1 = lines(
      tsv('T1', 'Protein 0 4', 'WRI1'),
      tsv('T3', 'Pathway 14 51', 'biosynthetic pathways for fatty acids'),
      tsv('T4', 'Tissue 66 71', 'seeds'),
    );
    const ann = annOf(read(lines(BARE, tsv('#1', 'AnnotatorNotes E1', 'seed only')), a1));
    expect(ann).toBe(
      lines(
        tsv('T1', 'Protein 0 4', 'WRI1'),
        tsv('T3', 'Pathway 14 51', 'biosynthetic pathways for fatty acids'),
        tsv('T4', 'Tissue 66 71', 'seeds'),
        BARE,
        tsv('#1', 'AnnotatorNotes E1', 'seed only'),
      ),
    );
  });

  it('leaves out and counts a kept line naming a span that is gone, and the lines naming that line', () => {
    const result = read(lines(BARE, tsv('M1', 'Negation Annotation:E1')));
    const doc = result.documents[0];
    if (!doc) throw new Error('no document');
    const without = {
      ...result,
      documents: [{ ...doc, spans: doc.spans.filter((s) => s.id !== 'T4') }],
    };
    const written = writeBrat(without);
    expect(written.summary.notExpressed).toEqual({
      'line kept from a brat file referring to an annotation that was not written': 2,
    });
    expect(written.files.find((f) => f.path === 's.ann')?.content).not.toMatch(/E1|M1/);
  });

  it('still refuses a kept line naming an id that is not defined', () => {
    const errors = errorsOf(() => read(lines(tsv('E1', 'Localization A:T1 B:T4 C:T9'))));
    expect(errors).toEqual([
      expect.objectContaining({
        file: 's.a2',
        line: 1,
        message: expect.stringContaining('E1 refers to T9, which is not defined'),
      }),
    ]);
  });
});
