import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { errorsOf, file, lines, tsv } from '../build';

/*
 * Hand-made excerpts of the BioNLP Shared Task 2016 SeeDev corpus (plant seed development;
 * .txt, .a1 entities, .a2 relations), whose licence we do not know, so its texts are not kept:
 * each line below has the shape of a line of SeeDev-binary-19719479-2.{a1,a2},
 * SeeDev-full-10318690-2.a2 or SeeDev-full-19719479-2.a2 (as published in
 * zjh-nudger/BioNLP-ST2016 @ 4a44f5292dc3e55f6c22dd705720799d24b87be2, data/SeeDev/), over
 * a text of our own. brat refuses these lines; the task's own reader takes them:
 * - `E1\tType Role:T1 Role:T2`, a relation written as an event without a trigger;
 * - `M1\tNegation Annotation:E1`, the target named as an argument;
 * - a discontinuous entity whose first fragment ends in a space (`for ` + `lipids`), its text
 *   column `for lipids` (brat joins fragments with a space: `for  lipids`).
 */
const TEXT = 'WRI1 controls biosynthetic pathways for fatty acids and lipids in seeds.';
const A1 = lines(
  tsv('T1', 'Protein 0 4', 'WRI1'),
  tsv('T2', 'Pathway 14 40;56 62', 'biosynthetic pathways for lipids'),
  tsv('T3', 'Pathway 14 51', 'biosynthetic pathways for fatty acids'),
  tsv('T4', 'Tissue 66 71', 'seeds'),
);

function read(a2: string) {
  return readBrat([file('s.txt', TEXT), file('s.a1', A1), file('s.a2', a2)]);
}

function annOf(bundle: FormatBundle): string | undefined {
  return writeBrat(bundle).files.find((f) => f.path === 's.ann')?.content;
}

describe('BioNLP Shared Task 2016 parts (SeeDev)', () => {
  it('reads an event line without a trigger of two arguments as a relation with its roles', () => {
    const result = read(
      lines(
        tsv('E1', 'Regulates_Process Agent:T1 Process:T2'),
        tsv('E2', 'Regulates_Process Agent:T1 Process:T3'),
        tsv('M1', 'Negation Annotation:E2'),
      ),
    );
    const doc = result.documents[0];
    expect(doc?.spans.map((s) => s.id)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(doc?.spans[1]?.fragments).toEqual([
      { start: 14, end: 40 },
      { start: 56, end: 62 },
    ]);
    expect(doc?.relations).toEqual([
      {
        id: 'E1',
        type: 'Regulates_Process',
        from: 'T1',
        to: 'T2',
        fromRole: 'Agent',
        toRole: 'Process',
      },
      {
        id: 'E2',
        type: 'Regulates_Process',
        from: 'T1',
        to: 'T3',
        fromRole: 'Agent',
        toRole: 'Process',
        attributes: { Negation: true },
      },
    ]);
    expect(doc?.events).toBeUndefined();
    expect(result.warnings).toEqual([
      expect.stringMatching(/^s\.a1:2: T2: .*white space only/),
      expect.stringMatching(/^s\.a2:1: 2 event line\(s\) without a trigger .* read as relations/),
    ]);
  });

  it('writes an unchanged file back as it was: each relation as the event line it was, under its id', () => {
    const a2 = lines(
      tsv('E1', 'Regulates_Process Agent:T1 Process:T2'),
      tsv('M1', 'Negation Annotation:E1'),
      tsv('E2', 'Regulates_Process Agent:T1 Process:T3'),
    );
    expect(annOf(read(a2))).toBe(A1 + a2);
  });

  it('keeps the event form of an edited relation; a relation added since is an R line', () => {
    const bundle = read(lines(tsv('E1', 'Regulates_Process Agent:T1 Process:T2')));
    const doc = bundle.documents[0];
    if (!doc) throw new Error('no document');
    const [first] = doc.relations;
    if (!first) throw new Error('no relation');
    const relations = [
      { ...first, type: 'Is_Linked_To', to: 'T4', toRole: 'Tissue' },
      { type: 'Exists_In', from: 'T3', to: 'T4' },
    ];
    expect(annOf({ ...bundle, documents: [{ ...doc, relations }] })).toBe(
      A1 +
        lines(tsv('E1', 'Is_Linked_To Agent:T1 Tissue:T4'), tsv('R1', 'Exists_In Arg1:T3 Arg2:T4')),
    );
  });

  it('still refuses a text column that differs from the text in more than white space', () => {
    const errors = errorsOf(() =>
      readBrat([
        file('s.txt', TEXT),
        file('s.a1', lines(tsv('T1', 'Pathway 14 40;56 62', 'biosynthetic pathways for lipid'))),
      ]),
    );
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('T1: text disagrees')]);
  });
});
