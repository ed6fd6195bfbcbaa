import { describe, expect, it } from 'vitest';
import { detectFormat, readWebanno, writeWebanno } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { file, lines, messagesOf } from '../build';

/*
 * WebAnno 2's TSV export. EXAMPLE is an excerpt (sentences 1 and 4, unchanged) of
 * `webanno-io-tsv/src/test/resources/tsv2/example2.tsv`, and TALE is
 * `webanno-curation/src/test/resources/mergecas/multivalspanrel/tale.tsv`, both from
 * webanno/webanno @ e029a76 (Apache License 2.0, copyright the Technische Universität
 * Darmstadt). The others are made by hand in their shape.
 */
const NER = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity';
const POS = 'de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS';
const DEP = 'de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency';
const LEMMA = 'de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma';

const EXAMPLE = lines(
  ` # ${NER} | value # ${POS} | PosValue # ${DEP} | DependencyType | AttachTo=${POS}`,
  '#id=1',
  '#text=Ms. Haag plays Elianti .',
  '1-1\tMs.\tB-PER\tNNP\tSUBJ\t1-3\t',
  '1-2\tHaag\tI-PER\tNNP\tSBJ\t1-3\t',
  '1-3\tplays\tO\tVBD\tROOT\t1-3\t',
  '1-4\tElianti\tB-OTH\tNNP\tOBJ\t1-3\t',
  '1-5\t.\tO\t.\tROOT\t1-5\t',
  '',
  '#id=4',
  '#text=BELL INDUSTRIES Inc. increased its quarterly',
  '2-1\tBELL\tB-ORGpart|B-ORG|B-PER\tNNP\tNAME\t2-2\t',
  '2-2\tINDUSTRIES\tI-ORGpart|I-ORG\tNNP\tSBJ\t2-4\t',
  '2-3\tInc.\tI-ORGpart\tNNP\tPOSTHON\t2-2\t',
  '2-4\tincreased\tO\tVBD\tROOT\t2-4\t',
  '',
);

const TALE = lines(
  ' # webanno.custom.Multivalspan | f1 | f2 # webanno.custom.Multivalrel | rel1 | rel2 | AttachTo=webanno.custom.Multivalspan',
  '#id=1',
  '#text=A tale of 3 kinds of annotations .',
  '1-1\tA\t_\t_\t_\t_\t_\t',
  '1-2\ttale\tA\tB\t_\t_\t_\t',
  '1-3\tof\t_\t_\t_\t_\t_\t',
  '1-4\t3\t_\t_\t_\t_\t_\t',
  '1-5\tkinds\tC|C\tD|D\tX\tY\t1-2\t',
  '1-6\tof\t_\t_\t_\t_\t_\t',
  '1-7\tannotations\tE\tF\tW\tZ\t1-5\t',
  '1-8\t.\t_\t_\t_\t_\t_\t',
  '',
);

function only(content: string): FormatDocument {
  const doc = readWebanno([file('doc.tsv', content)]).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

function extents(doc: FormatDocument, layer?: string): string[] {
  return doc.spans
    .filter((s) => (s.attributes?.layer ?? NER) === (layer ?? NER))
    .map((s) => `${s.label} ${doc.text.slice(s.fragments[0]?.start, s.fragments[0]?.end)}`);
}

describe("WebAnno 2's TSV", () => {
  it('is found by --format auto', () => {
    expect(detectFormat([file('doc.tsv', EXAMPLE)])).toBe('webanno');
  });

  it('reads the text as WebAnno 2 does: tokens joined by spaces, a line break between sentences', () => {
    expect(only(EXAMPLE).text).toBe('Ms. Haag plays Elianti .\nBELL INDUSTRIES Inc. increased');
  });

  it('reads B-/I- spans by stacking place: multi-token, stacked, and a B- alone as one token', () => {
    expect(extents(only(EXAMPLE))).toEqual([
      'PER Ms. Haag',
      'OTH Elianti',
      'ORGpart BELL INDUSTRIES Inc.',
      'ORG BELL INDUSTRIES',
      'PER BELL',
    ]);
  });

  it('reads overlapping spans by place, O-_ holding the place of one that ended', () => {
    const doc = only(
      lines(
        ` # ${NER} | value`,
        '#id=1',
        '#text=a b c d',
        '1-1\ta\tB-X\t',
        '1-2\tb\tI-X|B-Y\t',
        '1-3\tc\tO-_|I-Y\t',
        '1-4\td\tO\t',
        '',
      ),
    );
    expect(extents(doc)).toEqual(['X a b', 'Y b c']);
  });

  it('reads an AttachTo= layer as relations from the governor token annotation to the dependent one', () => {
    const doc = only(EXAMPLE);
    const pos = new Map(
      doc.spans.map((s) => [s.id, doc.text.slice(s.fragments[0]?.start, s.fragments[0]?.end)]),
    );
    expect(extents(doc, POS)).toHaveLength(9);
    const arcs = doc.relations.map((r) => `${r.type} ${pos.get(r.from)}→${pos.get(r.to)}`);
    expect(arcs).toHaveLength(9);
    expect(arcs.slice(0, 3)).toEqual(['SUBJ plays→Ms.', 'SBJ plays→Haag', 'ROOT plays→plays']);
    expect(arcs).toContain('POSTHON INDUSTRIES→Inc.');
    expect(doc.relations[0]?.attributes?.layer).toBe(DEP);
  });

  it("reads a layer's features on one row as one annotation, stacked ones by place, and relations between them", () => {
    const doc = only(TALE);
    expect(doc.spans.map((s) => [s.label, s.attributes?.f2])).toEqual([
      ['A', 'B'],
      ['C', 'D'],
      ['C', 'D'],
      ['E', 'F'],
    ]);
    const text = (id: string) => {
      const s = doc.spans.find((x) => x.id === id);
      return doc.text.slice(s?.fragments[0]?.start, s?.fragments[0]?.end);
    };
    expect(
      doc.relations.map((r) => [r.type, r.attributes?.rel2, text(r.from), text(r.to)]),
    ).toEqual([
      ['X', 'Y', 'tale', 'kinds'],
      ['W', 'Z', 'kinds', 'annotations'],
    ]);
  });

  it("labels a value beginning with the layer's name (WebAnno 2's feature without value) by the layer", () => {
    const doc = only(
      lines(
        ` # ${NER} | value`,
        '#id=1',
        '#text=Bob runs',
        `1-1\tBob\tB-${NER}_\t`,
        '1-2\truns\tO\t',
        '',
      ),
    );
    expect(extents(doc)).toEqual(['NamedEntity Bob']);
  });

  it('keeps a lemma layer with the document, as the TSV 3 import does, and the header as TSV 3 declares it', () => {
    const doc = only(
      lines(
        ` # ${LEMMA} | value # ${NER} | value`,
        '#id=1',
        '#text=Bob ran',
        '1-1\tBob\tBob\tB-PER\t',
        '1-2\tran\trun\tO\t',
        '',
      ),
    );
    expect(extents(doc)).toEqual(['PER Bob']);
    expect(doc.metadata?.$webanno).toEqual({
      version: '2',
      layers: [`#T_SP=${LEMMA}|value`, `#T_SP=${NER}|value`],
      sentenceIds: [],
      kept: [
        ['1-1', 4, 'Bob', 0, 3],
        ['1-2', 4, 'run', 4, 7],
      ],
    });
  });

  it('refuses a file whose annotations are all in layers Loupe does not read as spans', () => {
    const content = lines(
      ` # ${LEMMA} | value`,
      '#id=1',
      '#text=Bob ran',
      '1-1\tBob\tBob\t',
      '1-2\tran\trun\t',
      '',
    );
    expect(messagesOf(() => readWebanno([file('doc.tsv', content)]))).toEqual([
      'doc.tsv: holds 2 annotation cells but no span Loupe can read (layers: Lemma); Loupe reads span layers with annotations and relations between them',
    ]);
  });

  it('refuses by line a row of the wrong width, an I- with nothing open, and a relation without governor', () => {
    const content = lines(
      ` # ${POS} | PosValue # ${DEP} | DependencyType | AttachTo=${POS}`,
      '#id=1',
      '#text=a b c',
      '1-1\ta\tDT\tDET\t1-2\t',
      '1-2\tb\tNN\tROOT\t_\t',
      '1-3\tc\tNN\t',
      '',
      '#id=2',
      '#text=d',
      '2-1\td\tI-NN\t_\t_\t',
    );
    expect(messagesOf(() => readWebanno([file('doc.tsv', content)]))).toEqual([
      'doc.tsv:6: has 3 columns; the header declares 5 (token number, token, then one per feature and one per AttachTo=)',
    ]);
    const fixed = content.replace('1-3\tc\tNN\t', '1-3\tc\tNN\t_\t_\t');
    expect(messagesOf(() => readWebanno([file('doc.tsv', fixed)]))).toEqual([
      `doc.tsv:5: a ${DEP} relation here has no governor: column 5 holds "_", which should name one token (\`1-3\`) per relation, separated by |`,
      'doc.tsv:10: "I-NN" in column 3 continues an annotation, but none of layer de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS is open at its place (1) on the rows before; begin it with B-',
    ]);
  });

  it('exports an imported document as WebAnno TSV 3.3 with the layers and features it declared', () => {
    const out = writeWebanno(readWebanno([file('doc.tsv', TALE)]));
    const text = out.files[0]?.content ?? '';
    expect(text.split('\n').slice(0, 3)).toEqual([
      '#FORMAT=WebAnno TSV 3.3',
      '#T_SP=webanno.custom.Multivalspan|f1|f2',
      '#T_RL=webanno.custom.Multivalrel|rel1|rel2|BT_webanno.custom.Multivalspan',
    ]);
    const back = only(text);
    expect(back.text).toBe('A tale of 3 kinds of annotations .');
    expect(back.spans.length).toBe(4);
    expect(back.relations.map((r) => r.type)).toEqual(['X', 'W']);
  });
});
