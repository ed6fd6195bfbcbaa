import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWebanno, writeBrat, writeDoccano, writeWebanno } from '../../../../src/shared/formats';
import { documentFacts } from '../../../../src/shared/formats/sourceFacts';
import type { FormatDocument } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';

/**
 * INCEpTION's own test files (tests/fixtures/webanno/SOURCES.md). Expected spans are those of
 * the `reference.xmi` INCEpTION ships beside each `reference.tsv` (UTF-16 offsets; the same
 * in code points where the text has no astral character), or counted by hand in the file.
 */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/webanno');
const NER = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity';

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function only(name: string, content = fixture(name)): FormatDocument {
  const doc = readWebanno([file(name, content)]).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

/** Spans as `label start-end` in code points, sorted, for comparing with a reference. */
function extents(doc: FormatDocument): string[] {
  return doc.spans
    .map((s) => `${s.label} ${s.fragments.map((f) => `${f.start}-${f.end}`).join(',')}`)
    .sort();
}

function keptOf(doc: FormatDocument): unknown {
  return doc.metadata?.$webanno;
}

describe('readWebanno on INCEpTION test files', () => {
  it('reads multi-token stacked spans (testMultiTokenStackedSpanWithFeatureValue: PERSON and LOCATION over 0-16)', () => {
    const doc = only('testMultiTokenStackedSpanWithFeatureValue.tsv');
    expect(doc.name).toBe('testMultiTokenStackedSpanWithFeatureValue');
    expect(doc.text).toBe('This is a test .');
    expect(extents(doc)).toEqual(['LOCATION 0-16', 'PERSON 0-16']);
    expect(doc.spans[0]?.attributes).toEqual({ layer: 'webanno.custom.Span' });
  });

  it('reads spans over sub-tokens and across tokens, keeping the zero-length ones (testSubMultiTokenSpanWithFeatureValue)', () => {
    const read = readWebanno([
      file('sub.tsv', fixture('testSubMultiTokenSpanWithFeatureValue.tsv')),
    ]);
    const doc = read.documents[0];
    if (!doc) throw new Error('no document');
    expect(doc.text).toBe('aaaaaa bbbbbb cccccc');
    // reference.xmi: value begin-end of its NamedEntity annotations, but the three of length 0.
    expect(extents(doc)).toEqual(
      [
        '2 0-13',
        '7 0-10',
        '1 0-6',
        '9 3-17',
        '6 3-13',
        '8 3-10',
        '4 7-11',
        '5 9-13',
        '3 9-11',
      ].sort(),
    );
    // The zero-length ones (11 at 7, 10 at 10, 12 at 13) are kept as written and named.
    expect(keptOf(doc)).toMatchObject({
      kept: [
        ['1-2.3', 4, '11', 7, 7],
        ['1-2.6', 4, '10', 10, 10],
        ['1-2.7', 4, '12', 13, 13],
      ],
    });
    expect(read.warnings).toEqual([
      'sub.tsv:11: a zero-length Span annotation at offset 7 is kept with the document; a Loupe span covers at least one character',
      'sub.tsv:14: a zero-length Span annotation at offset 10 is kept with the document; a Loupe span covers at least one character',
      'sub.tsv:15: a zero-length Span annotation at offset 13 is kept with the document; a Loupe span covers at least one character',
    ]);
  });

  it('turns UTF-16 offsets into code points (testSentenceWithEmoji: 😊 at 10-12 in UTF-16)', () => {
    const doc = only('testSentenceWithEmoji.tsv');
    expect(doc.text).toBe('I like it 😊 .');
    expect(extents(doc)).toEqual(['Span 10-11']);
    expect([...doc.text].slice(10, 11).join('')).toBe('😊');
  });

  it('rebuilds the text from #Text= lines as INCEpTION does: lines of a sentence, sentences on lines, no gap', () => {
    expect(only('testSentenceWithLineBreak.tsv').text).toBe('This is\na test .');
    const cross = only('testCrossSentenceSpanWithFeatureValue.tsv');
    expect(cross.text).toBe('He loves her .\nShe loves him not .');
    expect(extents(cross)).toEqual(['PERSON 0-34']);
    expect(only('testTwoSentencesWithNoSpaceInBetween.tsv').text).toBe('onetwo');
  });

  it('unescapes feature values and reads unmarked repeats as one span per token', () => {
    const nasty = only('testTokenBoundedSpanWithNastyFeatureValue.tsv');
    expect(extents(nasty)).toEqual(
      ['0-4', '10-14', '15-16', '5-7', '8-9'].map((e) => `${NER}:value ${e}`),
    );
    const symbols = only('testTokenBoundedSpanWithSpecialSymbolsValue.tsv');
    // reference.xmi: value="#*'&quot;`´&#9;:;{}|[ ]()\§$%?=&amp;_&#10;"
    expect(symbols.spans[0]?.label).toBe('#*\'"`´\t:;{}|[ ]()\\§$%?=&_\n');
    expect(symbols.spans).toHaveLength(5);
  });

  it('reads relations with [source_target] ids between stacked spans (testSingleStackedNonTokenRelationWithoutFeatureValue)', () => {
    const doc = only('testSingleStackedNonTokenRelationWithoutFeatureValue.tsv');
    expect(extents(doc)).toEqual(['Span 0-4', 'Span 0-4', 'Span 15-16', 'Span 15-16']);
    // reference.xmi: Governor is the first span on "This" ([1]), Dependent the first on "." ([3]).
    const [first, , third] = doc.spans;
    expect(doc.relations).toEqual([
      {
        id: 'R1',
        type: 'Relation',
        from: first?.id,
        to: third?.id,
        attributes: { layer: 'webanno.custom.Relation' },
      },
    ]);
    expect(third?.fragments).toEqual([{ start: 15, end: 16 }]);
  });

  it('reads a relation between sub-token spans (testSubTokenRelation: Governor 0-1, Dependent 3-4)', () => {
    const doc = only('testSubTokenRelation.tsv');
    const byId = new Map(doc.spans.map((s) => [s.id, extents({ ...doc, spans: [s] })[0]]));
    expect(doc.relations.map((r) => [byId.get(r.from), byId.get(r.to)])).toEqual([
      ['OTH 0-1', 'OTH 3-4'],
    ]);
  });

  it('reads POS and named entity layers and dependency relations of a real export (example2.tsv, counted by hand)', () => {
    const doc = only('example2.tsv');
    const ner = doc.spans.filter((s) => s.attributes?.layer === undefined);
    const pos = doc.spans.filter((s) => s.attributes?.layer?.toString().endsWith('.pos.POS'));
    expect(pos).toHaveLength(86); // one per token row
    expect(extents({ ...doc, spans: ner })).toEqual(
      [
        'PER 0-8',
        'OTH 15-22',
        'ORG 25-42',
        'LOC 73-77',
        'LOC 186-190',
        'ORG 191-211',
        'PER 191-195',
        'ORG 347-351',
        'LOC 363-374',
      ].sort(),
    );
    expect(doc.relations).toHaveLength(86); // stacked sources in the last column
    // 1-3 "plays": P|ROOT from 1-5|1-3, so "." → plays (P) and plays → plays (ROOT).
    const at = (start: number) => pos.find((s) => s.fragments[0]?.start === start)?.id;
    expect(doc.relations.filter((r) => r.to === at(9)).map((r) => [r.type, r.from])).toEqual([
      ['P', at(23)],
      ['ROOT', at(9)],
    ]);
    expect(doc.text.slice(0, 24)).toBe('Ms. Haag plays Elianti .');
  });

  it("keeps slot features and names them, reading the slot's host as a span (testSimpleSlotFeature)", () => {
    const read = readWebanno([file('slots.tsv', fixture('testSimpleSlotFeature.tsv'))]);
    const doc = read.documents[0];
    // reference.xmi: SimpleLinkHost 0-4 with links p1 → SimpleSpan 5-7, p2 → SimpleSpan 8-9.
    expect(doc && extents(doc)).toEqual(['SimpleLinkHost 0-4', 'SimpleSpan 5-7', 'SimpleSpan 8-9']);
    expect(doc && keptOf(doc)).toEqual({
      version: '3.3',
      layers: [
        '#T_SP=webanno.custom.SimpleSpan|',
        '#T_SP=webanno.custom.SimpleLinkHost|ROLE_webanno.custom.SimpleLinkHost:links_webanno.custom.LinkType|webanno.custom.SimpleSpan',
      ],
      sentenceIds: [],
      kept: [
        ['1-1', 5, 'p1;p2', 0, 4],
        ['1-1', 6, '1-2;1-3', 0, 4],
      ],
    });
    expect(read.warnings).toEqual([
      'slots.tsv:3: slot features of layer webanno.custom.SimpleLinkHost (Loupe has no slots): 2 cells kept with the document, not shown as annotations',
    ]);
  });

  it('keeps sentence ids with their sentences, and reads a file without annotations as a text', () => {
    const doc = only('testSentenceId.tsv');
    expect(doc.text).toBe('He loves her .\nShe loves him not .');
    expect(doc.spans).toEqual([]);
    // Each id with its sentence's first row's begin and last row's end (rows 1-1 0-2 … 1-4 13-14, 2-1 15-18 … 2-5 33-34).
    expect(keptOf(doc)).toMatchObject({
      sentenceIds: [
        [0, 'sent-1', 0, 14],
        [1, 'sent-2', 15, 34],
      ],
    });
  });

  it('refuses a file whose annotations give no span: a chain only, zero-length spans only, relations on tokens', () => {
    const reasons = [
      'testSimpleChain.tsv',
      'testZeroLengthSpansWithFeatureValues.tsv',
      'testSingleTokenRelationWithFeatureValue.tsv',
    ].map((name) => errorsOf(() => readWebanno([file(name, fixture(name))]))[0]?.reason ?? '');
    expect(reasons[0]).toMatch(
      /^holds 6 annotation cells but no span Loupe can read \(line 2: chain layer webanno\.custom\.SimpleLink \(Loupe has no chains\)/,
    );
    expect(reasons[1]).toMatch(
      /^holds 2 annotation cells .*zero-length Span annotation at offset 0/,
    );
    expect(reasons[2]).toMatch(
      /^holds 2 annotation cells .*segmentation\.type\.Token annotations Loupe does not read as spans/,
    );
  });

  it('is counted as not written by exports to other formats, for the cells it keeps', () => {
    const bundle = readWebanno([file('slots.tsv', fixture('testSimpleSlotFeature.tsv'))]);
    expect(writeDoccano(bundle).summary.notExpressed).toMatchObject({
      'cell kept from a WebAnno TSV file': 2,
    });
    expect(writeBrat(bundle).summary.notExpressed).toMatchObject({
      'cell kept from a WebAnno TSV file': 2,
    });
  });
});

/** A GUM coreference file (tests/fixtures/real/SOURCES.md) in WebAnno 3.0's `WebAnno TSV 3`, no minor version. */
describe('readWebanno on a WebAnno TSV 3 file with no minor version', () => {
  const GUM = readFileSync(
    join(import.meta.dirname, '../../../fixtures/real/webanno/GUM_voyage_athens_sentences_1-2.tsv'),
    'utf8',
  );

  it('reads its 11 referents and 4 coreference relations (counted in the file by Python)', () => {
    const doc = only('athens.tsv', GUM);
    expect(doc.spans).toHaveLength(11);
    expect(doc.relations).toHaveLength(4);
    expect(doc.text.slice(0, 22)).toBe('Athens ( Greek : Αθήνα');
    const athens = doc.spans.find((s) => s.fragments[0]?.start === 0);
    expect(athens).toMatchObject({ label: 'place', fragments: [{ start: 0, end: 6 }] });
    expect(doc.relations.map((r) => r.type).sort()).toEqual(['ana', 'coref', 'coref', 'coref']);
    expect(keptOf(doc)).toMatchObject({ version: '3' });
  });
});

/**
 * GUM's current coreference files (amir-zeldes/gum @ 72ce5ac, coref/gum/tsv) write a feature's
 * values only for the stacked annotations that have one: `Skittles_…[2]` alone in the identity
 * column where `substance[1]|object[2]` are stacked (GUM_whow_skittles.tsv, row 1-4; 9,082 rows
 * of the 263 files with texts). Excerpt made by hand in that shape.
 */
describe('readWebanno on values listed by id, not by stacking place', () => {
  const HEADER = [
    '#FORMAT=WebAnno TSV 3.2',
    '#T_SP=webanno.custom.Referent|entity|infstat|salience|identity|centering',
    '#T_RL=webanno.custom.Coref|type|BT_webanno.custom.Referent',
    '',
    '',
  ];
  const GUM_SHAPE = [
    ...HEADER,
    '#Text=Make Skittles Vodka',
    '1-1\t0-4\tMake\t_\t_\t_\t_\t_\t_\t_\t',
    '1-2\t5-13\tSkittles\tsubstance[1]|object[2]\tnew[1]|new[2]\tsssss[1]|sssss[2]\tSkittles_%28confectionery%29[2]\tcf1[1]|cf2[2]\t_\t_\t',
    '1-3\t14-19\tVodka\tsubstance[1]\tnew[1]\tsssss[1]\t_\tcf1[1]\t_\t_\t',
    '',
    '#Text=Skittles melt .',
    '2-1\t20-28\tSkittles\tobject[3]\tgiv:act[3]\tsssss[3]\tSkittles_%28confectionery%29[3]\tcf1[3]\tcoref\t1-2[2_3]\t',
    '2-2\t29-33\tmelt\t_\t_\t_\t_\t_\t_\t_\t',
    '2-3\t34-35\t.\t_\t_\t_\t_\t_\t_\t_\t',
    '',
  ].join('\n');

  it('gives a value to the annotation its id names when the cell leaves out the others', () => {
    const doc = only('GUM_whow_skittles.tsv', GUM_SHAPE);
    const at = (start: number, end: number) =>
      doc.spans.find((s) => s.fragments[0]?.start === start && s.fragments[0]?.end === end);
    expect(doc.spans).toHaveLength(3);
    expect(at(5, 19)).toMatchObject({ label: 'substance' });
    expect(at(5, 19)?.attributes?.identity).toBeUndefined();
    expect(at(5, 13)).toMatchObject({ label: 'object' });
    expect(at(5, 13)?.attributes?.identity).toBe('Skittles_%28confectionery%29');
    expect(doc.relations).toHaveLength(1);
    const coref = doc.relations[0];
    expect(doc.spans.find((s) => s.id === coref?.from)?.fragments[0]).toMatchObject({
      start: 5,
      end: 13,
    });
    expect(doc.spans.find((s) => s.id === coref?.to)?.fragments[0]).toMatchObject({
      start: 20,
      end: 28,
    });
  });

  it('keeps apart annotations a row lists in another order in each column (OntoGUM: 3,679 of 71,959 were merged)', () => {
    // coref/ontogum/tsv/GUM_news_worship.tsv, rows 1-1 to 1-8: the entity column names only
    // annotation 4, which the centering column lists third, after 1 and 3.
    const row = (id: string, at: string, token: string, entity: string, centering: string) =>
      [
        id,
        at,
        token,
        entity,
        entity === '_' ? '_' : 'new[4]',
        entity === '_' ? '_' : 'nsnss[4]',
        '_',
        centering,
        '_',
        '_',
      ].join('\t');
    const onto = [
      ...HEADER,
      '#Text=Greek court rules worship of ancient Greek deities',
      row('1-1', '0-5', 'Greek', '_', 'cf4[1]|cf1[2]'),
      row('1-2', '6-11', 'court', '_', 'cf4[1]|cf1[2]'),
      row('1-3', '12-17', 'rules', '_', 'cf4[1]'),
      row('1-4', '18-25', 'worship', '_', 'cf4[1]|cf2[3]'),
      row('1-5', '26-28', 'of', '_', 'cf4[1]|cf2[3]'),
      row('1-6', '29-36', 'ancient', 'person[4]', 'cf4[1]|cf2[3]|cf3[4]'),
      row('1-7', '37-42', 'Greek', 'person[4]', 'cf4[1]|cf2[3]|cf3[4]'),
      row('1-8', '43-50', 'deities', 'person[4]', 'cf4[1]|cf2[3]|cf3[4]'),
      '',
    ].join('\n');
    const doc = only('GUM_news_worship.tsv', onto);
    expect(
      doc.spans
        .map(
          (s) =>
            `${s.label} ${s.fragments[0]?.start}-${s.fragments[0]?.end} ${String(s.attributes?.centering)}`,
        )
        .sort(),
    ).toEqual(['Referent 0-11 cf1', 'Referent 0-50 cf4', 'Referent 18-50 cf2', 'person 29-50 cf3']);
  });

  it('still reads values by stacking place where every annotation has one, as INCEpTION writes them', () => {
    const written = GUM_SHAPE.replace(
      '\tSkittles_%28confectionery%29[2]\t',
      '\t*[1]|Skittles_%28confectionery%29[2]\t',
    );
    const doc = only('inception.tsv', written);
    const object = doc.spans.find((s) => s.label === 'object' && s.fragments[0]?.start === 5);
    expect(object?.attributes?.identity).toBe('Skittles_%28confectionery%29');
    expect(doc.spans.find((s) => s.label === 'substance')?.attributes?.identity).toBeUndefined();
  });
});

/**
 * GUM's coreference files since its summaries (amir-zeldes/gum @ 72ce5ac, coref/gum/tsv, 281
 * files) put `#Summary1=` … `#Summary5=` lines between the layer declarations and the first
 * sentence, a block of their own. Excerpt made by hand in that shape.
 */
describe('readWebanno on lines of # before the first sentence (GUM summaries)', () => {
  const WITH_SUMMARIES = [
    '#FORMAT=WebAnno TSV 3.2',
    '#T_SP=webanno.custom.Referent|entity|infstat|salience|identity|centering',
    '#T_RL=webanno.custom.Coref|type|BT_webanno.custom.Referent',
    '#Summary1=(human) A court rules that worship is legal.',
    '#Summary2=(gpt4o) Worship is legal, a court rules.',
    '',
    '',
    '#Text=Greek court rules',
    '1-1\t0-5\tGreek\torganization[1]\tnew[1]\tsssss[1]\t_\tcf1[1]\t_\t_\t',
    '1-2\t6-11\tcourt\torganization[1]\tnew[1]\tsssss[1]\t_\tcf1[1]\t_\t_\t',
    '1-3\t12-17\trules\t_\t_\t_\t_\t_\t_\t_\t',
    '',
  ].join('\n');

  it('reads the file, keeps the lines and names them in a warning', () => {
    const read = readWebanno([file('GUM_news_worship.tsv', WITH_SUMMARIES)]);

    const doc = read.documents[0];
    expect(doc?.text).toBe('Greek court rules');
    expect(doc?.spans).toHaveLength(1);
    expect(doc?.metadata?.$webanno).toMatchObject({
      preamble: [
        '#Summary1=(human) A court rules that worship is legal.',
        '#Summary2=(gpt4o) Worship is legal, a court rules.',
      ],
    });
    expect(read.warnings.join('\n')).toContain('GUM_news_worship.tsv:4: 2 lines of # before');
    const facts = documentFacts(doc?.metadata).flatMap((g) => g.facts);
    expect(facts).toContainEqual({
      name: 'Summary1',
      value: '(human) A court rules that worship is legal.',
    });
  });

  it("writes them back in the first sentence's header, where INCEpTION reads past them, and reads them back", () => {
    const bundle = readWebanno([file('GUM_news_worship.tsv', WITH_SUMMARIES)]);
    const written = writeWebanno(bundle).files[0]?.content ?? '';
    expect(written.split('\n').slice(3, 7)).toEqual([
      '',
      '#Summary1=(human) A court rules that worship is legal.',
      '#Summary2=(gpt4o) Worship is legal, a court rules.',
      '#Text=Greek court rules',
    ]);
    const again = readWebanno([file('GUM_news_worship.tsv', written)]);

    expect(again.documents[0]?.metadata?.$webanno).toMatchObject({
      preamble: bundle.documents[0]?.metadata?.$webanno
        ? [
            '#Summary1=(human) A court rules that worship is legal.',
            '#Summary2=(gpt4o) Worship is legal, a court rules.',
          ]
        : [],
    });
    expect(again.documents[0]?.spans).toHaveLength(1);
  });

  it('still refuses a sentence header without token rows once a sentence has its #Text=', () => {
    const broken = WITH_SUMMARIES.replace('#Summary2=', '#Text=Orphan\n\n#Summary2=');
    expect(errorsOf(() => readWebanno([file('a.tsv', broken)]))[0]?.reason).toContain(
      'a sentence header without token rows',
    );
  });
});

/** GUM's own coreference file, whole (tests/fixtures/real/SOURCES.md); figures counted by Python. */
describe('readWebanno on a GUM coreference file as GUM releases it', () => {
  const WORSHIP = readFileSync(
    join(import.meta.dirname, '../../../fixtures/real/webanno/GUM_news_worship.tsv'),
    'utf8',
  );
  /** Referents with an identity, as `start-end entity identity`. */
  const identities = (d: FormatDocument | undefined) =>
    (d?.spans ?? [])
      .filter((s) => s.attributes?.identity !== undefined)
      .map(
        (s) =>
          `${s.fragments[0]?.start}-${s.fragments[0]?.end} ${s.label} ${String(s.attributes?.identity)}`,
      )
      .sort();

  it('reads its 44 referents, 24 relations and 5 summaries, each identity on its referent', () => {
    const read = readWebanno([file('GUM_news_worship.tsv', WORSHIP)]);
    const doc = read.documents[0];
    expect(doc?.spans).toHaveLength(44);
    expect(doc?.relations).toHaveLength(24);
    expect(doc?.metadata?.$webanno).toMatchObject({
      preamble: expect.arrayContaining([
        expect.stringMatching(/^#Summary5=\(Qwen2\.5-7B-Instruct\) /),
      ]),
    });
    expect(identities(doc)).toEqual(
      [
        '321-350 organization Ministry_of_Culture_and_Sports_%28Greece%29',
        '407-432 organization Greek_Orthodox_Church',
        '435-459 organization Greek_Orthodox_Church',
        '588-592 person Zeus',
        '595-599 person Hera',
        '602-610 person Poseidon',
        '613-622 person Aphrodite',
        '629-635 person Athena',
        '638-663 organization Greek_Orthodox_Church',
        '745-750 organization Wicca',
      ].sort(),
    );
  });

  it('comes back from its WebAnno export with the same referents, values, relations and summaries', () => {
    const first = readWebanno([file('GUM_news_worship.tsv', WORSHIP)]);
    const written = writeWebanno(first).files[0]?.content ?? '';
    const again = readWebanno([file('GUM_news_worship.tsv', written)]);
    const shape = (d: FormatDocument | undefined) => ({
      spans: (d?.spans ?? [])
        .map((s) => JSON.stringify([s.fragments, s.label, s.attributes]))
        .sort(),
      relations: (d?.relations ?? []).length,
      text: d?.text,
    });
    expect(shape(again.documents[0])).toEqual(shape(first.documents[0]));
    const preamble = (d: FormatDocument | undefined): unknown => {
      const kept = d?.metadata?.$webanno;
      return typeof kept === 'object' && kept !== null && 'preamble' in kept ? kept.preamble : null;
    };
    expect(preamble(again.documents[0])).toHaveLength(5);
    expect(preamble(again.documents[0])).toEqual(preamble(first.documents[0]));
  });
});
