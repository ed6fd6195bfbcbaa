import { describe, expect, it } from 'vitest';
import { readBrat, renameKeptBratIds, writeBrat } from '../../../../src/shared/formats';
import { fragmentOf } from '../../../../src/shared/spans';
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

  it('keeps a kept line on a span edited since (moved, relabelled), naming it by its written id', () => {
    const a2 = lines(BARE, tsv('M1', 'Negation Annotation:E1'));
    const result = read(a2);
    const doc = result.documents[0];
    if (!doc) throw new Error('no document');
    const spans = doc.spans.map((s) =>
      s.id === 'T4' ? { ...s, label: 'Organ', fragments: [fragmentOf(66, 70)] } : s,
    );
    const written = writeBrat({ ...result, documents: [{ ...doc, spans }] });
    expect(written.summary.notExpressed).toEqual({});
    expect(written.files.find((f) => f.path === 's.ann')?.content).toBe(
      A1.replace(tsv('T4', 'Tissue 66 71', 'seeds'), tsv('T4', 'Organ 66 70', 'seed')) + a2,
    );
  });

  it('follows a span an import gave another id, and moved since, to the id it is written under', () => {
    const result = read(lines(BARE));
    const doc = result.documents[0];
    if (!doc) throw new Error('no document');
    // As an import into a layer where T4 was taken: the span is s_4 there, and was moved.
    const renamed = new Map([['T4', 's_4']]);
    const metadata = renameKeptBratIds(doc.metadata ?? {}, renamed);
    const spans = doc.spans.map((s) =>
      s.id === 'T4' ? { ...s, id: 's_4', fragments: [fragmentOf(67, 71)] } : s,
    );
    const written = writeBrat({ ...result, documents: [{ ...doc, spans, metadata }] });
    expect(written.summary.notExpressed).toEqual({});
    const ann = written.files.find((f) => f.path === 's.ann')?.content ?? '';
    expect(ann).toContain(tsv('T5', 'Tissue 67 71', 'eeds'));
    expect(ann).toContain(
      tsv('E1', 'Localization Functional_Molecule:T1 Target_Tissue:T5 Organism_Genotype:T3'),
    );
  });

  it('keeps a kept line on an event whose trigger was edited, and the kept lines naming it', () => {
    const a2 = lines(
      tsv('T5', 'Process 5 13', 'controls'),
      tsv('E3', 'Regulation:T5 Theme:T1'),
      tsv('E1', 'Localization Functional_Molecule:E3 Target_Tissue:T4 Organism_Genotype:T3'),
      tsv('M1', 'Negation Annotation:E1'),
    );
    const result = read(a2);
    const doc = result.documents[0];
    if (!doc) throw new Error('no document');
    const spans = doc.spans.map((s) => (s.id === 'T5' ? { ...s, label: 'Control' } : s));
    const written = writeBrat({ ...result, documents: [{ ...doc, spans }] });
    expect(written.summary.notExpressed).toEqual({});
    expect(written.files.find((f) => f.path === 's.ann')?.content).toBe(
      A1 + a2.replace('Process 5 13', 'Control 5 13'),
    );
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
