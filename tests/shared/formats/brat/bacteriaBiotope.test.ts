import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import { file, lines, tsv } from '../build';

/*
 * Hand-made excerpts of the BioNLP Open Shared Tasks 2019 Bacteria Biotope corpus (BB-norm+ner),
 * whose licence we do not know, so its texts are not kept: each N line below has the shape of
 * the lines of BB-norm+ner-10496597.a2 (as published in enesdoruk/BB-norm-ner @
 * facc8767f51386fca920d986fdfcf522708f5ee6, data/BB-norm-ner/BioNLP-OST-2019_BB-norm+ner_dev/),
 * `N8\tNCBI_Taxonomy Annotation:T10 Referent:210` and `N1\tOntoBiotope Annotation:T3 Referent:OBT:001792`,
 * over a text of our own; the .a1 holds the Title and Paragraph, the .a2 the entities and then
 * their references (one entity may have two, as T29 there). BB 2016 writes the same lines.
 */
const TEXT = 'Helicobacter pylori in gastric mucosa.\nLesions of the gastric mucosa.';
const A1 = lines(
  tsv('T1', 'Title 0 38', TEXT.slice(0, 38)),
  tsv('T2', 'Paragraph 39 69', TEXT.slice(39)),
);
const A2 = lines(
  tsv('T3', 'Microorganism 0 19', 'Helicobacter pylori'),
  tsv('T4', 'Habitat 23 37', 'gastric mucosa'),
  tsv('T5', 'Habitat 54 68', 'gastric mucosa'),
  tsv('N1', 'NCBI_Taxonomy Annotation:T3 Referent:210'),
  tsv('N2', 'OntoBiotope Annotation:T4 Referent:OBT:001577'),
  tsv('N3', 'OntoBiotope Annotation:T5 Referent:OBT:001577'),
  tsv('N4', 'OntoBiotope Annotation:T5 Referent:OBT:000334'),
);

function read() {
  return readBrat([file('bb.txt', TEXT), file('bb.a1', A1), file('bb.a2', A2)]);
}

describe('Bacteria Biotope normalizations (BioNLP 2016, 2019)', () => {
  it('reads `Type Annotation:T<n> Referent:ID` as a reference of the span: the type word names the database', () => {
    const result = read();
    expect(result.warnings).toEqual([]);
    const spans = result.documents[0]?.spans ?? [];
    expect(spans.map((s) => [s.id, s.normalizations])).toEqual([
      ['T1', undefined],
      ['T2', undefined],
      ['T3', [{ db: 'NCBI_Taxonomy', key: '210', form: 'bacteriaBiotope' }]],
      ['T4', [{ db: 'OntoBiotope', key: 'OBT:001577', form: 'bacteriaBiotope' }]],
      [
        'T5',
        [
          { db: 'OntoBiotope', key: 'OBT:001577', form: 'bacteriaBiotope' },
          { db: 'OntoBiotope', key: 'OBT:000334', form: 'bacteriaBiotope' },
        ],
      ],
    ]);
    // Both mentions of the same OntoBiotope entry are one entity.
    expect(spans[3]?.entityId).toBe(spans[4]?.entityId);
    expect(result.documents[0]?.entities).toContainEqual(
      expect.objectContaining({ type: 'Microorganism', kbId: 'NCBI_Taxonomy:210' }),
    );
  });

  it('writes them back in the form, order and ids they came in (the .a1 then the .a2)', () => {
    const ann = writeBrat(read()).files.find((f) => f.path === 'bb.ann')?.content;
    expect(ann).toBe(A1 + A2);
  });

  it('keeps brat’s own form and the BioNLP 2013 form, either way round (brat reads both), as they were', () => {
    const ann = lines(
      tsv('T1', 'Microorganism 0 19', 'Helicobacter pylori'),
      tsv('N1', 'Reference T1 NCBI_Taxonomy:210', 'Helicobacter pylori'),
      tsv('N2', 'Reference Annotation:T1 Referent:NCBI_Taxonomy:210'),
      // brat_annotation.py reads `^(Reference) Referent:(\\S+) Annotation:(\\S+)` as the same.
      tsv('N3', 'Reference Referent:NCBI_Taxonomy:562 Annotation:T1', 'Escherichia coli'),
    );
    const result = readBrat([file('a.txt', TEXT), file('a.ann', ann)]);
    expect(result.warnings).toEqual([]);
    expect(result.documents[0]?.spans[0]?.normalizations).toEqual([
      { db: 'NCBI_Taxonomy', key: '210', text: 'Helicobacter pylori' },
      { db: 'NCBI_Taxonomy', key: '210', form: 'bionlp2013' },
      {
        db: 'NCBI_Taxonomy',
        key: '562',
        text: 'Escherichia coli',
        form: 'bionlp2013ReferentFirst',
      },
    ]);
    expect(writeBrat(result).files.find((f) => f.path === 'a.ann')?.content).toBe(ann);
  });
});
