import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { isRecord } from '../../../../src/shared/collections';
import { plainForm, triggerlessOfOrder } from '../../../../src/shared/formats/brat/lineOrder';
import { fragmentOf } from '../../../../src/shared/spans';
import { file, lines, span, tsv } from '../build';

/*
 * A .ann's lines go back where the file had them, under their ids: brat's tutorial files
 * (../shared/fixtures/real/brat/news, checked in tests/node/interchange/realBrat.test.ts) list
 * events before their arguments and attributes after everything; a BioNLP 2016 SeeDev-full
 * event without a trigger (kept as written) sits among the other lines, not at the end.
 */
const TEXT = 'WRI1 controls biosynthetic pathways for fatty acids and lipids in seeds.';
const ANN = lines(
  tsv('T4', 'Tissue 66 71', 'seeds'),
  tsv('T1', 'Protein 0 4', 'WRI1'),
  tsv('E1', 'Localization Functional_Molecule:T1 Target_Tissue:T4 Organism_Genotype:T3'),
  tsv('#1', 'AnnotatorNotes E1', 'seed only'),
  tsv('T3', 'Pathway 14 51', 'biosynthetic pathways for fatty acids'),
  tsv('R1', 'Located Arg1:T1 Arg2:T4'),
  tsv('A2', 'Negation R1'),
  tsv('#2', 'AnnotatorNotes T1', 'a gene'),
);

function read(ann = ANN): FormatBundle {
  return readBrat([file('s.txt', TEXT), file('s.ann', ann)]);
}

function annOf(bundle: FormatBundle): string | undefined {
  return writeBrat(bundle).files.find((f) => f.path === 's.ann')?.content;
}

describe('brat lines written back in their place, under their ids', () => {
  it('writes an unchanged file back as it was, a kept line among the others', () => {
    expect(annOf(read())).toBe(ANN);
  });

  it('writes a file whose last line has no line break back without one, also once edited', () => {
    // ScienceNLP-Lab/DiMB-RE data/brat_v2/raw_files/26541328.ann ends on its N line with no line break.
    const open = ANN.replace(/\n$/u, '');
    expect(annOf(read(open))).toBe(open);
    const bundle = read(open);
    const documents = bundle.documents.map((d) => ({
      ...d,
      spans: d.spans.filter((s) => s.label !== 'Pathway'),
    }));
    const edited = annOf({ ...bundle, documents });
    expect(edited?.endsWith('a gene')).toBe(true);
    expect(edited).not.toContain('T3\t');
  });

  it('keeps brat’s own spacing (a tab ending an R line, a space ending an event, tabs before a reference text)', () => {
    const ann = lines(
      tsv('T1', 'Protein 0 4', 'WRI1'),
      tsv('T2', 'Process 5 13', 'controls'),
      'E1\tProcess:T2 ',
      tsv('R1', 'Located Arg1:T1 Arg2:T2', ''),
      'N1\tReference T1 UniProt:Q6X5Y6\t\t\tWRI1',
    );
    expect(annOf(read(ann))).toBe(ann);
  });

  it('puts an annotation added since after the line written before it, with a free id', () => {
    const bundle = read();
    const doc = bundle.documents[0];
    if (!doc) throw new Error('no document');
    const spans = [...doc.spans, span(56, 62, 'Lipid')];
    const added = { ...bundle, documents: [{ ...doc, spans }] };
    // Spans are written first, in the document's order: the new one follows T3.
    expect(annOf(added)).toBe(
      ANN.replace(
        'biosynthetic pathways for fatty acids\n',
        'biosynthetic pathways for fatty acids\nT2\tLipid 56 62\tlipids\n',
      ),
    );
  });

  it('keeps an edited annotation’s id and place, and its note’s', () => {
    const bundle = read();
    const doc = bundle.documents[0];
    if (!doc) throw new Error('no document');
    const edited = {
      ...bundle,
      documents: [
        {
          ...doc,
          spans: doc.spans.map((s) => (s.id === 'T1' ? { ...s, note: 'a plant gene' } : s)),
          relations: doc.relations.map((r) => ({ ...r, type: 'Expressed_In' })),
        },
      ],
    };
    expect(annOf(edited)).toBe(
      ANN.replace('R1\tLocated', 'R1\tExpressed_In').replace('a gene', 'a plant gene'),
    );
  });

  it('a layer kept before the line order was (no lineOrder) is written in Loupe’s order, renumbered', () => {
    const bundle = read();
    const doc = bundle.documents[0];
    if (!doc) throw new Error('no document');
    const kept = doc.metadata?.$brat;
    if (!isRecord(kept)) throw new Error('nothing kept');
    const { lineOrder: _order, ...older } = kept;
    const old = { ...bundle, documents: [{ ...doc, metadata: { $brat: older } }] };
    const written = annOf(old) ?? '';
    expect(written.split('\n')[0]).toBe(tsv('T1', 'Tissue 66 71', 'seeds'));
    expect(written).not.toBe(ANN);
    expect(
      readBrat([file('s.txt', TEXT), file('s.ann', written)]).documents[0]?.spans,
    ).toHaveLength(3);
  });

  it('takes a line written in BioNLP 2016’s form for brat’s, and writes it back as the file had it until it is edited', () => {
    expect(plainForm('M1\tNegation Annotation:E1')).toBe('M1\tNegation E1');
    expect(plainForm('T2\tPathway 14 40;56 62\tpathways  for\tlipids ')).toBe(
      'T2\tPathway 14 40;56 62\tpathways for lipids',
    );
    expect(triggerlessOfOrder(['T1', 'E1 Process:T1', 'E2 Regulates_Process', 'R1'])).toEqual(
      new Set(['E2']),
    );
    const ann = lines(
      tsv('T1', 'Protein 0 4', 'WRI1'),
      tsv('T2', 'Pathway 14 27;36 39', 'biosynthetic for'),
      tsv('E1', 'Regulates_Process Agent:T1 Process:T2'),
      tsv('M1', 'Negation Annotation:E1'),
    );
    const bundle = read(ann);
    expect(annOf(bundle)).toBe(ann);
    const doc = bundle.documents[0];
    if (!doc) throw new Error('no document');
    const spans = doc.spans.map((s) =>
      s.id === 'T2' ? { ...s, fragments: [fragmentOf(14, 26), fragmentOf(27, 39)] } : s,
    );
    expect(annOf({ ...bundle, documents: [{ ...doc, spans }] })).toBe(
      ann.replace('14 27;36 39\tbiosynthetic for', '14 26;27 39\tbiosynthetic pathways for'),
    );
  });
});
