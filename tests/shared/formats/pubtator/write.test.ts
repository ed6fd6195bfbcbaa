import { describe, expect, it } from 'vitest';
import { readPubtator, writePubtator } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc, file, relation, span } from '../build';

function named(name: string, text: string, spans: FormatDocument['spans']): FormatDocument {
  return doc(text, { name, spans });
}

function written(...docs: FormatDocument[]): string {
  return writePubtator(bundle(...docs)).files[0]?.content ?? '';
}

describe('writePubtator', () => {
  it('writes the first line as title, the rest as abstract with line breaks as spaces, offsets as they are', () => {
    const text = 'Aspirin and pain\nAspirin helps.\r\nIt is cheap.';
    const out = written(
      named('report-1', text, [
        span(17, 24, 'Chemical'),
        span(0, 7, 'Chemical'),
        span(12, 16, 'Disease'),
      ]),
    );
    expect(out).toBe(
      [
        'report-1|t|Aspirin and pain',
        'report-1|a|Aspirin helps.  It is cheap.',
        'report-1\t0\t7\tAspirin\tChemical\t-1',
        'report-1\t12\t16\tpain\tDisease\t-1',
        'report-1\t17\t24\tAspirin\tChemical\t-1',
        '',
        '',
      ].join('\n'),
    );
    // What Loupe writes reads back at the same offsets.
    const back = readPubtator([file('documents.pubtator', out)]).documents[0];
    expect(back?.spans.map((s) => s.fragments[0])).toEqual([
      { start: 0, end: 7 },
      { start: 12, end: 16 },
      { start: 17, end: 24 },
    ]);
  });

  it('writes tabs and line breaks inside a mention as spaces, and a span of two fragments as two mentions', () => {
    const text = 'Title\nheart\tattack and\nstroke';
    const result = writePubtator(
      bundle(
        named('d', text, [span(6, 18, 'Disease'), discontinuous('Disease', [6, 11], [23, 29])]),
      ),
    );
    expect(result.files[0]?.content.split('\n').slice(2, 5)).toEqual([
      'd\t6\t18\theart attack\tDisease\t-1',
      'd\t6\t11\theart\tDisease\t-1',
      'd\t23\t29\tstroke\tDisease\t-1',
    ]);
    expect(result.summary.notExpressed).toEqual({
      'discontinuous span written as one mention per fragment': 1,
    });
  });

  it("notes as written otherwise an abstract's line breaks and a label's or a mention's tab, each once per value", () => {
    const text = 'Title\nAspirin helps.\r\nIt is\tcheap.\nEnd';
    const result = writePubtator(
      bundle(named('d', text, [span(6, 13, 'Chemical\tdrug'), span(28, 34, 'Q'), span(0, 5, 'T')])),
    );
    expect(result.files[0]?.content.split('\n').slice(1, 5)).toEqual([
      'd|a|Aspirin helps.  It is\tcheap. End',
      'd\t0\t5\tTitle\tT\t-1',
      'd\t6\t13\tAspirin\tChemical drug\t-1',
      'd\t28\t34\tcheap.\tQ\t-1',
    ]);
    expect(result.summary.notes).toEqual({
      'line break in the abstract written as a space': 1,
      'tab in a label written as a space': 1,
    });
    const spanned = writePubtator(bundle(named('e', text, [span(25, 31, 'Q')])));
    expect(spanned.summary.notes).toMatchObject({
      'tab or line break in a mention written as a space': 1,
    });
  });

  it('notes nothing for a file read from PubTator and written back as it was', () => {
    const source = '1|t|Aspirin\n1|a|for pain\n1\t0\t7\tAspirin\tChemical\tD001241\n\n';
    const result = writePubtator(readPubtator([file('a.txt', source)]));
    expect(result.files[0]?.content).toBe(source);
    expect(result.summary.notes).toBeUndefined();
  });

  it('writes references as the concept ID and counts what PubTator cannot hold', () => {
    const text = 'Naloxone\nblocks clonidine';
    const naloxone = span(0, 8, 'Chemical', {
      id: 'T1',
      normalizations: [{ db: 'PubTator', key: 'D009270' }],
    });
    const clonidine = span(16, 25, 'Chemical', {
      id: 'T2',
      normalizations: [{ db: 'MESH', key: 'D003000' }],
    });
    const result = writePubtator(
      bundle({
        ...named('227508', text, [naloxone, clonidine]),
        relations: [relation('blocks', 'T1', 'T2')],
      }),
    );
    expect(result.files[0]?.content.split('\n').slice(2, 4)).toEqual([
      '227508\t0\t8\tNaloxone\tChemical\tD009270',
      '227508\t16\t25\tclonidine\tChemical\tMESH:D003000',
    ]);
    expect(result.summary.notExpressed).toEqual({ relation: 1 });
  });

  it('writes a document read from PubTator with a new span in text order among the read ones', () => {
    const source =
      '1|t|Aspirin\n1|a|for pain and fever\n1\t0\t7\tAspirin\tChemical\tD001241\n1\t21\t26\tfever\tDisease\tD005334\n1\tCID\tD001241\tD005334\n\n';
    const read = readPubtator([file('a.txt', source)]).documents[0];
    if (!read) throw new Error('no document');
    const edited = { ...read, spans: [...read.spans, span(12, 16, 'Disease')] };
    expect(written(edited)).toBe(
      '1|t|Aspirin\n1|a|for pain and fever\n1\t0\t7\tAspirin\tChemical\tD001241\n1\t12\t16\tpain\tDisease\t-1\n1\t21\t26\tfever\tDisease\tD005334\n1\tCID\tD001241\tD005334\n\n',
    );
  });

  it('writes a new span whose id is named like an Object.prototype member (constructor, toString)', () => {
    const source =
      '1|t|Aspirin\n1|a|for pain and fever\n1\t0\t7\tAspirin\tChemical\tD001241\n1\t12\t16\t pain \tDisease\t-1\n\n';
    const read = readPubtator([file('a.txt', source)]).documents[0];
    if (!read) throw new Error('no document');
    const added = [
      span(21, 26, 'Disease', { id: 'constructor' }),
      span(8, 11, 'Disease', { id: 'toString' }),
    ];
    expect(written({ ...read, spans: [...read.spans, ...added] })).toBe(
      '1|t|Aspirin\n1|a|for pain and fever\n1\t0\t7\tAspirin\tChemical\tD001241\n1\t8\t11\tfor\tDisease\t-1\n1\t12\t16\t pain \tDisease\t-1\n1\t21\t26\tfever\tDisease\t-1\n\n',
    );
  });

  it('writes a changed concept ID, dropping the columns kept for the old one', () => {
    const source =
      '2|t|Ocular and auditory toxicity\n2|a|\n2\t0\t28\tOcular and auditory toxicity\tDisease\tD014786|D006311\tOcular toxicity|auditory toxicity\n\n';
    const read = readPubtator([file('a.txt', source)]).documents[0];
    if (!read) throw new Error('no document');
    expect(written(read)).toBe(source);
    const [first] = read.spans;
    if (!first) throw new Error('no span');
    const relinked = { ...first, normalizations: [{ db: 'PubTator', key: 'D014786' }] };
    expect(written({ ...read, spans: [relinked] }).split('\n')[2]).toBe(
      '2\t0\t28\tOcular and auditory toxicity\tDisease\tD014786',
    );
  });
});
