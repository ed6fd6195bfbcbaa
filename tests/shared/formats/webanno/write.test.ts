import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWebanno, writeDoccano, writeWebanno } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc, file, relation, span } from '../build';

/** INCEpTION's own test files (tests/fixtures/webanno/SOURCES.md): each `reference.tsv` is what INCEpTION's writer wrote. */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/webanno');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** What a reader gives back of a written bundle. */
function again(written: FormatBundle): FormatBundle {
  return readWebanno(writeWebanno(written).files.map((f) => file(f.path, f.content)));
}

/** A document's annotations by their offsets, ids left out (a reader numbers them). */
function content(d: FormatDocument | undefined): unknown {
  const at = new Map(d?.spans.map((s) => [s.id, s.fragments]));
  const sorted = <T>(list: readonly T[] | undefined) =>
    [...(list ?? [])].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return {
    text: d?.text,
    spans: sorted(d?.spans.map((s) => ({ ...s, id: undefined }))),
    relations: sorted(
      d?.relations.map((r) => ({ ...r, id: undefined, from: at.get(r.from), to: at.get(r.to) })),
    ),
  };
}

describe('writeWebanno', () => {
  it('writes INCEpTION files it read as INCEpTION wrote them, byte for byte', () => {
    for (const name of [
      'testMultiTokenStackedSpanWithFeatureValue.tsv',
      'testCrossSentenceSpanWithFeatureValue.tsv',
      'testSentenceWithEmoji.tsv',
      'testSingleStackedNonTokenRelationWithoutFeatureValue.tsv',
      'testTokenBoundedSpanWithNastyFeatureValue.tsv',
      'testTokenBoundedSpanWithSpecialSymbolsValue.tsv',
    ]) {
      const written = writeWebanno(readWebanno([file(name, fixture(name))]));
      expect(written.files.map((f) => f.path)).toEqual([name]);
      expect(written.files[0]?.content, name).toBe(fixture(name));
    }
  });

  it('writes stacked spans in the order the file stacked them, whatever order the project lists them in', () => {
    const name = 'testMultiTokenStackedSpanWithFeatureValue.tsv';
    const read = readWebanno([file(name, fixture(name))]);
    // A project lists spans by offsets and label: LOCATION before PERSON.
    const listed = {
      ...read,
      documents: read.documents.map((d) => ({ ...d, spans: [...d.spans].reverse() })),
    };
    expect(listed.documents[0]?.spans.map((s) => s.label)).toEqual(['LOCATION', 'PERSON']);
    expect(writeWebanno(listed).files[0]?.content).toBe(fixture(name));
  });

  it('brings back the text, spans and relations of every INCEpTION file it reads (tokens and sentences its own)', () => {
    for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.tsv'))) {
      let read: FormatBundle;
      try {
        read = readWebanno([file(name, fixture(name))]);
      } catch {
        continue; // the files refused for holding no span (read.test.ts)
      }
      expect(content(again(read).documents[0]), name).toEqual(content(read.documents[0]));
    }
  });

  it('writes a Loupe document: spans inside words, emoji, tabs and CR LF, relations, named entities by default', () => {
    const text = 'Dr. Müller 😀 met\tIBM.\r\nThen Sam-Bob left.\n';
    const written = bundle(
      doc(text, {
        spans: [
          span(4, 10, 'PER', { id: 'a' }),
          span(17, 20, 'ORG', { id: 'b', attributes: { identifier: 'Q37156' } }),
          span(28, 31, 'PER', { id: 'c' }),
          span(32, 35, 'PER', { id: 'd' }),
          span(28, 35, 'GROUP', { id: 'e', attributes: { layer: 'webanno.custom.Group' } }),
        ],
        relations: [relation('met', 'a', 'b', { id: 'R1' })],
      }),
    );
    const tsv = writeWebanno(written).files[0]?.content ?? '';
    expect(tsv.split('\n').slice(0, 6)).toEqual([
      '#FORMAT=WebAnno TSV 3.3',
      '#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value|identifier',
      '#T_SP=webanno.custom.Group|value',
      '#T_RL=webanno.custom.Relation|value|BT_de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity',
      '',
      '',
    ]);
    // 😀 counts two UTF-16 units (11-13); "Sam-Bob" is cut at the span edges.
    expect(tsv).toContain('\t11-13\t😀\t');
    expect(tsv).toContain('#Text=Dr. Müller 😀 met\\tIBM.\\r');
    expect(tsv).toContain('\tSam\tPER\t*\tGROUP[1]\t');
    const back = again(written).documents[0];
    expect(back?.text).toBe(text);
    expect(content(back)).toEqual(
      content({
        ...doc(text),
        spans: written.documents[0]?.spans ?? [],
        // A relation comes back naming its layer.
        relations: [
          relation('met', 'a', 'b', { attributes: { layer: 'webanno.custom.Relation' } }),
        ],
      }),
    );
  });

  it('writes and reads back features named like Object.prototype members (constructor, __proto__, toString)', () => {
    const text = 'Sam met Bob.';
    const attributes: Record<string, string> = JSON.parse(
      '{"constructor":"x","__proto__":"y","toString":"z"}',
    );
    const written = bundle(
      doc(text, {
        spans: [
          span(0, 3, 'PER', { id: 'a', attributes }),
          span(8, 11, 'PER', { id: 'b', attributes: { toString: 'w' } }),
        ],
      }),
    );
    const tsv = writeWebanno(written).files[0]?.content ?? '';
    // Bob's span has a toString feature of its own, and neither constructor nor __proto__.
    expect(tsv).toContain('\tBob\tPER\t*\t*\tw\t');
    const back = again(written).documents[0];
    expect(Object.hasOwn(back?.spans[0]?.attributes ?? {}, '__proto__')).toBe(true);
    expect(content(back)).toEqual(content(written.documents[0]));
  });

  it('counts what it cannot write: discontinuous spans, spans over whitespace, relations across layers', () => {
    const written = writeWebanno(
      bundle(
        doc('Bob  and Al', {
          spans: [
            span(0, 3, 'PER', { id: 'a' }),
            discontinuous('PER', [0, 3], [9, 11]),
            span(3, 5, 'PER', { id: 'w' }),
            span(9, 11, 'X', { id: 'x', attributes: { layer: 'webanno.custom.X' } }),
          ],
          relations: [relation('r', 'a', 'x')],
        }),
      ),
    );
    expect(written.summary.notExpressed).toEqual({
      'discontinuous span': 1,
      'span over whitespace only': 1,
      'relation not between two spans of one layer': 1,
    });
  });

  it("counts a file's own fields it has no place for, as brat's export does (a Label Studio CSV row's id and data)", () => {
    // jiuyueyueyue/Project2_IoT_QA_System's data/labeled_data.csv: each task's id and data
    // fields are document metadata (its `sentiment` choices are read as document labels).
    const written = writeWebanno(
      bundle(
        doc('空调怎么调节温度', {
          spans: [span(0, 2, 'DEVICE')],
          metadata: { id: 1, data: { source: '家电论坛' } },
        }),
        doc('Kept only to write WebAnno back', {
          spans: [span(0, 4, 'X')],
          metadata: { $webanno: { version: '3.3', layers: [], sentenceIds: [], kept: [] } },
        }),
      ),
    );
    expect(written.summary.notExpressed).toEqual({ 'document metadata': 1 });
  });

  it("writes an INCEpTION file's #Sentence.id= lines back in place, byte for byte (testSentenceId)", () => {
    const read = readWebanno([file('testSentenceId.tsv', fixture('testSentenceId.tsv'))]);
    const written = writeWebanno(read);
    expect(written.files[0]?.content).toBe(fixture('testSentenceId.tsv'));
    expect(written.summary.notExpressed).toEqual({});
    // Other formats have no place for them: they count both.
    expect(writeDoccano(read).summary.notExpressed).toMatchObject({
      'sentence id kept from a WebAnno TSV file': 2,
    });
  });

  it('writes the ids of a changed document before the sentences that are still there', () => {
    const read = readWebanno([file('ids.tsv', fixture('testSentenceId.tsv'))]);
    const [doc] = read.documents;
    if (!doc) throw new Error('no document');
    const changed = { ...doc, spans: [span(0, 2, 'PER'), span(15, 18, 'PER')] };
    const lines = (writeWebanno(bundle(changed)).files[0]?.content ?? '').split('\n');
    expect(lines.slice(4, 7)).toEqual([
      '#Sentence.id=sent-1',
      '#Text=He loves her .',
      '1-1\t0-2\tHe\tPER\t',
    ]);
    expect(lines.slice(11, 14)).toEqual([
      '#Sentence.id=sent-2',
      '#Text=She loves him not .',
      '2-1\t15-18\tShe\tPER\t',
    ]);
  });

  it('counts an id whose sentence Loupe splits in two, and escapes the ids it writes', () => {
    // One INCEpTION sentence that Loupe's splitter reads as two, then one both read alike.
    const tsv = [
      '#FORMAT=WebAnno TSV 3.3',
      '#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value',
      '',
      '',
      '#Sentence.id=s1',
      '#Text=Bob left. Al came.',
      '1-1\t0-3\tBob\tPER\t',
      '1-2\t4-8\tleft\t_\t',
      '1-3\t8-9\t.\t_\t',
      '1-4\t10-12\tAl\tPER\t',
      '1-5\t13-17\tcame\t_\t',
      '1-6\t17-18\t.\t_\t',
      '',
      '#Sentence.id=s\\\\2',
      '#Text=Then rain.',
      '2-1\t19-23\tThen\t_\t',
      '2-2\t24-28\train\t_\t',
      '2-3\t28-29\t.\t_\t',
      '',
    ].join('\n');
    const written = writeWebanno(readWebanno([file('split.tsv', tsv)]));
    const content = written.files[0]?.content ?? '';
    expect(content).not.toContain('#Sentence.id=s1');
    expect(content).toContain('#Sentence.id=s\\\\2\n#Text=Then rain.\n');
    expect(written.summary.notExpressed).toEqual({ 'sentence id kept from a WebAnno TSV file': 1 });
  });

  it('counts the sentence ids an earlier Loupe kept without their sentences', () => {
    const read = readWebanno([file('ids.tsv', fixture('testSentenceId.tsv'))]);
    const [doc] = read.documents;
    if (!doc) throw new Error('no document');
    const kept = {
      version: '3.3',
      layers: [],
      sentenceIds: [
        [0, 'sent-1'],
        [1, 'sent-2'],
      ],
      kept: [],
    };
    const written = writeWebanno(bundle({ ...doc, metadata: { $webanno: kept } }));
    expect(written.files[0]?.content).not.toContain('#Sentence.id=');
    expect(written.summary.notExpressed).toEqual({ 'sentence id kept from a WebAnno TSV file': 2 });
  });
});

describe('writeWebanno: the relations written, counted', () => {
  it('counts the relations in relation layers, not one across layers', () => {
    const written = writeWebanno(
      bundle(
        doc('Bob met Al and Ann.', {
          spans: [
            span(0, 3, 'PER', { id: 'a' }),
            span(8, 10, 'PER', { id: 'b' }),
            span(15, 18, 'PER', { id: 'c' }),
            span(15, 18, 'X', { id: 'x', attributes: { layer: 'webanno.custom.X' } }),
          ],
          relations: [
            relation('met', 'a', 'b'),
            relation('met', 'a', 'c'),
            relation('r', 'a', 'x'),
          ],
        }),
      ),
    );
    expect(written.summary).toMatchObject({
      relations: 2,
      notExpressed: { 'relation not between two spans of one layer': 1 },
    });
    const back = readWebanno([file('doc.tsv', written.files[0]?.content ?? '')]);
    expect(back.documents[0]?.relations).toHaveLength(2);
  });
});
