import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import { errorsOf, file, lines, tsv } from '../build';

const IBM = 'International Business Machines Corporation (IBM) is an American company.';

function read(text: string, ...annLines: string[]) {
  return readBrat([file('a.txt', text), file('a.ann', lines(...annLines))]);
}

function firstDoc(text: string, ...annLines: string[]) {
  const doc = read(text, ...annLines).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

describe('readBrat', () => {
  it('reads text-bound annotations as in brat’s standoff documentation', () => {
    // brat standoff format documentation (brat.nlplab.org/standoff.html), "Text-bound annotations".
    const result = read(
      IBM,
      tsv('T1', 'Organization 0 43', 'International Business Machines Corporation'),
      tsv('T2', 'Organization 45 48', 'IBM'),
    );
    expect(result.documents[0]?.name).toBe('a');
    expect(result.documents[0]?.spans).toEqual([
      { id: 'T1', label: 'Organization', fragments: [{ start: 0, end: 43 }] },
      { id: 'T2', label: 'Organization', fragments: [{ start: 45, end: 48 }] },
    ]);
    expect(result.labels).toEqual(['Organization']);
  });

  it('reads discontinuous fragments whose text column joins the pieces with a space', () => {
    // brat documentation: "North and South America" → T1 Location 0 5;16 23 North America.
    expect(
      firstDoc('North and South America', tsv('T1', 'Location 0 5;16 23', 'North America')).spans[0]
        ?.fragments,
    ).toEqual([
      { start: 0, end: 5 },
      { start: 16, end: 23 },
    ]);
    expect(
      firstDoc('Mike said Pompeo', tsv('T1', 'PERSON 0 4;10 14', 'Mike Pomp')).spans[0]?.fragments,
    ).toEqual([
      { start: 0, end: 4 },
      { start: 10, end: 14 },
    ]);
  });

  it('keeps the order a T line lists its fragments in, out of text order, for the writer', () => {
    // ScienceNLP-Lab/DiMB-RE data/brat_v1/raw_files/18218753.ann (no licence given, so
    // mirrored): "T34	Physiology 1023 1043;997 1006	acid detergent fiber intake of", one of
    // 3 such among its 283 discontinuous spans; brat's parser keeps the order; Loupe wrote
    // it back sorted.
    const text = 'reduced the intake of some acid detergent fiber';
    const result = read(
      text,
      tsv('T34', 'Physiology 27 47;12 21', 'acid detergent fiber intake of'),
    );
    expect(result.documents[0]?.spans[0]?.fragments).toEqual([
      { start: 12, end: 21 },
      { start: 27, end: 47 },
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.documents[0]?.metadata).toEqual({
      $brat: { fragmentOrders: ['27 47;12 21'], lineOrder: ['T34'] },
    });
    const written = writeBrat(result).files.find((f) => f.path.endsWith('.ann'));
    expect(written?.content).toBe('T34\tPhysiology 27 47;12 21\tacid detergent fiber intake of\n');
  });

  it('counts offsets in code points past emoji, combining marks and RTL text', () => {
    // 😀=0 space=1 e=2 U+0301=3 space=4 مرحبا=5..10 space=10 Mike=11..15 space=15 Pompeo=16..22
    const doc = firstDoc(
      '😀 e\u0301 مرحبا Mike Pompeo',
      tsv('T1', 'PERSON 11 22', 'Mike Pompeo'),
      tsv('T2', 'GPE 5 10', 'مرحبا'),
    );
    expect(doc.spans.map((s) => s.fragments[0])).toEqual([
      { start: 11, end: 22 },
      { start: 5, end: 10 },
    ]);
  });

  it('links a normalized span to an entity with its knowledge base id', () => {
    const doc = firstDoc(
      'Mike Pompeo spoke.',
      tsv('T1', 'PERSON 0 11', 'Mike Pompeo'),
      tsv('N1', 'Reference T1 Wikidata:Q473239', 'Mike Pompeo'),
    );
    expect(doc.spans[0]?.entityId).toBe('Wikidata_Q473239');
    expect(doc.entities).toEqual([
      { id: 'Wikidata_Q473239', name: 'Mike Pompeo', type: 'PERSON', aliases: [], kbId: 'Q473239' },
    ]);
  });

  it('keeps a NULL or NIL reference on its span without linking unrelated mentions as one entity', () => {
    // NEREL (nerel-ds/NEREL, NEREL-v1.1/*/*.ann) marks mentions without a Wikidata entry
    // `N1\tReference T1 Wikidata:NULL`; each is its own referent.
    const doc = firstDoc(
      'Ann met Bob in Oslo.',
      tsv('T1', 'PERSON 0 3', 'Ann'),
      tsv('N1', 'Reference T1 Wikidata:NULL', 'Ann'),
      tsv('T2', 'PERSON 8 11', 'Bob'),
      tsv('N2', 'Reference T2 Wikidata:NULL', 'Bob'),
      tsv('T3', 'CITY 15 19', 'Oslo'),
      tsv('N3', 'Reference T3 KB:nil', 'Oslo'),
    );
    expect(doc.spans.map((s) => s.entityId)).toEqual([undefined, undefined, undefined]);
    expect(doc.spans[1]?.normalizations).toEqual([{ db: 'Wikidata', key: 'NULL', text: 'Bob' }]);
    expect(doc.entities).toEqual([]);
  });

  it('keeps a Loupe entity id beside the knowledge base reference, and other databases as DB:ID', () => {
    const doc = firstDoc(
      'Pompeo and Barack Obama',
      tsv('T1', 'PERSON 0 6', 'Pompeo'),
      tsv('N1', 'Reference T1 Loupe:e_pompeo', 'Mike Pompeo'),
      tsv('T2', 'PERSON 11 23', 'Barack Obama'),
      tsv('N2', 'Reference T2 Wikipedia:534366', 'Barack Obama'),
    );
    expect(doc.spans.map((s) => s.entityId)).toEqual(['e_pompeo', 'Wikipedia_534366']);
    expect(doc.entities).toEqual([
      { id: 'e_pompeo', name: 'Mike Pompeo', type: 'PERSON', aliases: ['Pompeo'] },
      {
        id: 'Wikipedia_534366',
        name: 'Barack Obama',
        type: 'PERSON',
        aliases: [],
        kbId: 'Wikipedia:534366',
      },
    ]);
  });

  it('reads binary and valued attributes (A and M lines), notes and relations', () => {
    const doc = firstDoc(
      'IBM is in Armonk.',
      tsv('T1', 'ORG 0 3', 'IBM'),
      tsv('T2', 'GPE 10 16', 'Armonk'),
      tsv('A1', 'Negated T1'),
      tsv('M2', 'Speculated T1'),
      tsv('A3', 'Confidence T2 very high'),
      tsv('R1', 'Located_in Arg1:T1 Arg2:T2'),
      tsv('#1', 'AnnotatorNotes T1', 'check the ticker'),
      tsv('#2', 'AnnotatorNotes R1', 'headquarters'),
    );
    expect(doc.spans[0]).toEqual({
      id: 'T1',
      label: 'ORG',
      fragments: [{ start: 0, end: 3 }],
      attributes: { Negated: true, Speculated: true },
      note: 'check the ticker',
    });
    expect(doc.spans[1]?.attributes).toEqual({ Confidence: 'very high' });
    expect(doc.relations).toEqual([
      { id: 'R1', type: 'Located_in', from: 'T1', to: 'T2', note: 'headquarters' },
    ]);
  });

  it('reads a stance event whose trigger is the evidence', () => {
    const text = 'Pompeo said the troops stay in Iraq.';
    const doc = firstDoc(
      text,
      tsv('T1', 'PERSON 0 6', 'Pompeo'),
      tsv('T2', 'Stance 12 35', 'the troops stay in Iraq'),
      tsv('E1', 'Stance:T2 Holder:T1'),
      tsv('A1', 'Polarity E1 FAVOR'),
      tsv('A2', 'Target E1 us-troop-presence'),
      tsv('#1', 'AnnotatorNotes E1', 'clear'),
    );
    expect(doc.stances).toEqual([
      {
        id: 'E1',
        holder: { kind: 'span', spanId: 'T1' },
        target: { kind: 'topic', topicId: 'us-troop-presence' },
        polarity: 'FAVOR',
        evidence: ['T2'],
        note: 'clear',
      },
    ]);
    expect(doc.spans.map((s) => s.id)).toEqual(['T1', 'T2']);
  });

  it('reads Evidence arguments and drops the trigger that only marked the stance', () => {
    const doc = firstDoc(
      'Iraq asked. Pompeo refused.',
      tsv('T1', 'GPE 0 4', 'Iraq'),
      tsv('T2', 'QUOTE 12 27', 'Pompeo refused.'),
      tsv('T3', 'Stance 12 27', 'Pompeo refused.'),
      tsv('E1', 'Stance:T3 Target:T1 Evidence:T2'),
      tsv('A1', 'Polarity E1 AGAINST'),
      tsv('A2', 'HolderEntity E1 e_pompeo'),
    );
    expect(doc.spans.map((s) => s.id)).toEqual(['T1', 'T2']);
    expect(doc.stances[0]).toMatchObject({
      holder: { kind: 'entity', entityId: 'e_pompeo' },
      target: { kind: 'span', spanId: 'T1' },
      evidence: ['T2'],
    });
  });

  it('accepts CRLF .ann files, and a span across a line break whose text column has a space there', () => {
    const result = readBrat([
      file('a.txt', 'Mike\r\nPompeo'),
      file('a.ann', 'T1\tPERSON 0 12\tMike  Pompeo\r\nT2\tPERSON 6 12\tPompeo\r\n'),
    ]);
    expect(result.documents[0]?.spans).toHaveLength(2);
  });

  it('accepts a text column followed by a tab and nothing else, as brat 1.3 wrote them', () => {
    // The pattern of the Argument Annotated Essays corpus (ArneBinder/pie-datasets,
    // data/datasets/ArgumentAnnotatedEssays-2.0/brat-project-final.zip): `T4\tPremise 572 648\t…city\t`.
    const doc = firstDoc(
      'We live in the city.',
      'T1\tPlace 15 19\tcity\t',
      'T2\tClaim 0 19\tWe live in the city\t \t',
      'R1\tsupports Arg1:T1 Arg2:T2\t',
    );
    expect(doc.spans.map((s) => s.fragments)).toEqual([
      [{ start: 15, end: 19 }],
      [{ start: 0, end: 19 }],
    ]);
    expect(doc.relations).toHaveLength(1);
    // A tail with words after the tab is not the covered text.
    const errors = errorsOf(() => read('We live in the city.', 'T1\tPlace 15 19\tcity\tnote'));
    expect(errors[0]?.reason).toContain('T1: text disagrees with the document');
  });

  it('reads a text without .ann as a document without annotations, skips .conf and warns about others', () => {
    const result = readBrat([
      file('x/b.txt', 'Hello'),
      file('x/annotation.conf', '[entities]'),
      file('x/notes.md', '#'),
    ]);
    expect(result.documents).toEqual([
      {
        name: 'b',
        text: 'Hello',
        spans: [],
        relations: [],
        stances: [],
        entities: [],
        documentLabels: {},
      },
    ]);
    expect(result.warnings).toEqual([
      'x/notes.md: not a brat .txt, .ann, .a1, .a2, .co or .rel file; ignored',
    ]);
  });

  it('keeps equivalence sets as written, a repeated member included (BioNLP ID has "Equiv T63 T63")', () => {
    const doc = firstDoc(
      'IBM and Lenovo',
      tsv('T1', 'ORG 0 3', 'IBM'),
      tsv('T2', 'ORG 8 14', 'Lenovo'),
      tsv('*', 'Equiv T1 T2'),
      tsv('*', 'Equiv T2 T2'),
    );
    expect(doc.equivalences).toEqual([
      { type: 'Equiv', members: ['T1', 'T2'] },
      { type: 'Equiv', members: ['T2', 'T2'] },
    ]);
  });

  it('reads events with repeated roles, event arguments, attributes and notes (brat tutorial, news)', () => {
    // brat's tutorial collection news/090-event_structures.ann: a Report whose Event-Arg is a Merge-org.
    const text = 'Wikinews reported Google and YouTube merged.';
    const doc = firstDoc(
      text,
      tsv('T1', 'Organization 18 24', 'Google'),
      tsv('T2', 'Organization 29 36', 'YouTube'),
      tsv('T3', 'Merge-org 37 43', 'merged'),
      tsv('E1', 'Merge-org:T3 Org-Arg:T1 Org-Arg2:T2'),
      tsv('T4', 'Organization 0 8', 'Wikinews'),
      tsv('T5', 'Report 9 17', 'reported'),
      tsv('E2', 'Report:T5 Reporter-Arg:T4 Event-Arg:E1'),
      tsv('A1', 'Confidence E2 High'),
      tsv('M1', 'Negation E1'),
      tsv('#1', 'AnnotatorNotes E1', 'one merge or two?'),
      tsv('R1', 'Origin Arg1:E1 Arg2:T4', ''),
      tsv('A2', 'Checked R1'),
    );
    expect(doc.events).toEqual([
      {
        id: 'E1',
        type: 'Merge-org',
        trigger: 'T3',
        arguments: [
          { role: 'Org-Arg', ref: 'T1' },
          { role: 'Org-Arg2', ref: 'T2' },
        ],
        attributes: { Negation: true },
        note: 'one merge or two?',
      },
      {
        id: 'E2',
        type: 'Report',
        trigger: 'T5',
        arguments: [
          { role: 'Reporter-Arg', ref: 'T4' },
          { role: 'Event-Arg', ref: 'E1' },
        ],
        attributes: { Confidence: 'High' },
      },
    ]);
    expect(doc.relations).toEqual([
      { id: 'R1', type: 'Origin', from: 'E1', to: 'T4', attributes: { Checked: true } },
    ]);
    expect(doc.spans.map((s) => s.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
  });

  it('keeps relation roles other than Arg1/Arg2', () => {
    const doc = firstDoc(
      'IBM in Armonk',
      tsv('T1', 'ORG 0 3', 'IBM'),
      tsv('T2', 'GPE 7 13', 'Armonk'),
      tsv('R1', 'Located Org:T1 Place:T2'),
    );
    expect(doc.relations).toEqual([
      { id: 'R1', type: 'Located', from: 'T1', to: 'T2', fromRole: 'Org', toRole: 'Place' },
    ]);
  });

  it('keeps every normalization with its database name and text (brat tutorial news/000-introduction.ann)', () => {
    const doc = firstDoc(
      'former Mexican president',
      tsv('T5', 'Person 0 24', 'former Mexican president'),
      'N1\tReference T5 Wikipedia:64488\t\t\t\t\tCarlos Salinas de Gortari',
      tsv('N2', 'Reference T5 Wikidata:Q295153', 'Carlos Salinas'),
    );
    expect(doc.spans[0]?.normalizations).toEqual([
      { db: 'Wikipedia', key: '64488', text: 'Carlos Salinas de Gortari' },
      { db: 'Wikidata', key: 'Q295153', text: 'Carlos Salinas' },
    ]);
    expect(doc.spans[0]?.entityId).toBe('Wikipedia_64488');
    expect(doc.entities[0]).toMatchObject({
      name: 'Carlos Salinas de Gortari',
      kbId: 'Wikipedia:64488',
    });
  });

  it('says which argument of an event is missing', () => {
    expect(() => read('IBM', tsv('T1', 'ORG 0 3', 'IBM'), tsv('E1', 'ORG:T1 Theme:T9'))).toThrow(
      'a.ann:2: E1 refers to T9, which is not defined',
    );
  });

  it('keeps each document’s folder in the collection, as brat’s CoNLL-ST 2002 example holds esp/ and ned/', () => {
    const result = readBrat([
      file('/data/CoNLL-ST_2002/annotation.conf', '[entities]\nPER\n'),
      { ...file('/data/CoNLL-ST_2002/esp/a.txt', 'Ana'), folder: 'esp' },
      { ...file('/data/CoNLL-ST_2002/esp/a.ann', 'T1\tPER 0 3\tAna\n'), folder: 'esp' },
      { ...file('/data/CoNLL-ST_2002/ned/b.txt', 'Jan'), folder: 'ned' },
      file('/data/CoNLL-ST_2002/top.txt', 'none'),
    ]);
    expect(result.documents.map((d) => [d.name, d.folder])).toEqual([
      ['a', 'esp'],
      ['b', 'ned'],
      ['top', undefined],
    ]);
  });

  it('takes a folder only from where the file was read, never from its path alone, and only one Loupe keeps', () => {
    const result = readBrat([
      file('/home/u/esp/a.txt', 'Ana'),
      file('/tmp/b.txt', 'Jan'),
      { ...file('c.txt', 'Eva'), folder: '../up' },
      { ...file('d.txt', 'Ida'), folder: 'a\\b' },
    ]);
    expect(result.documents.map((d) => d.folder)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('readBrat errors', () => {
  const text = '😀 IBM and Lenovo';

  it.each([
    ['an unknown line type', tsv('X1', 'ORG 2 5', 'IBM'), 'unknown annotation type "X1"'],
    ['a line without a tab', 'T1 ORG 2 5 IBM', 'expected an annotation id and a tab'],
    ['a bad number', tsv('T1', 'ORG 2 five', 'IBM'), 'T1: bad offsets "2 five"'],
    ['a negative number', tsv('T1', 'ORG -1 5', 'IBM'), 'T1: bad offsets "-1 5"'],
    ['start not before end', tsv('T1', 'ORG 5 5', ''), 'T1: start 5 is not before end 5'],
    [
      'an offset beyond the text',
      tsv('T1', 'ORG 2 40', 'IBM'),
      'T1: end 40 is beyond the text (16 code points long)',
    ],
    [
      'overlapping fragments',
      tsv('T1', 'ORG 2 5;4 6', 'IBM M '),
      'T1: fragments 2-5 and 4-6 overlap',
    ],
    [
      'a text column that disagrees',
      tsv('T1', 'ORG 2 5', 'IBN'),
      'T1: text disagrees with the document at these offsets: expected "IBM", found "IBN"',
    ],
    [
      'UTF-16 offsets',
      tsv('T1', 'ORG 3 6', 'IBM'),
      'found "IBM" (these offsets count UTF-16 units; Loupe expects code points)',
    ],
    [
      'a reference to a missing T',
      tsv('A1', 'Negated T9'),
      'A1 refers to T9, which is not defined',
    ],
    [
      'a relation to a missing T',
      tsv('R1', 'Rel Arg1:T9 Arg2:T0'),
      'R1 refers to T9, which is not defined',
    ],
    [
      'a relation with one argument',
      tsv('R1', 'Rel Arg1:T9'),
      'R1: a relation needs exactly two arguments, found 1',
    ],
    [
      'a note on a missing id',
      tsv('#1', 'AnnotatorNotes T7', 'x'),
      '#1 refers to T7, which is not defined',
    ],
    [
      'a normalization of a missing id',
      tsv('N1', 'Reference T7 Wikidata:Q1', 'x'),
      'N1 refers to T7, which is not defined',
    ],
    ['a bad normalization', tsv('N1', 'Reference T7', 'x'), 'N1: expected "Reference T<n> DB:ID"'],
    [
      'an event on a missing trigger',
      tsv('E1', 'Stance:T7'),
      'E1 refers to T7, which is not defined',
    ],
  ])('rejects %s with file, line and reason', (_, line, reason) => {
    const errors = errorsOf(() => read(text, tsv('T0', 'ORG 2 5', 'IBM'), line));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'a.ann', line: 2 });
    expect(errors[0]?.reason).toContain(reason);
  });

  it('rejects duplicate ids, naming the first line', () => {
    expect(
      errorsOf(() => read(text, tsv('T1', 'ORG 2 5', 'IBM'), tsv('T1', 'ORG 10 16', 'Lenovo')))[0]
        ?.message,
    ).toBe('a.ann:2: duplicate id T1 (first defined on line 1)');
  });

  it('rejects a stance without polarity and a trigger that is not a Stance', () => {
    const messages = errorsOf(() =>
      read(
        text,
        tsv('T1', 'Stance 2 5', 'IBM'),
        tsv('E1', 'Stance:T1'),
        tsv('T2', 'ORG 10 16', 'Lenovo'),
        tsv('E2', 'Stance:T2'),
        tsv('A1', 'Polarity E2 FAVOR'),
      ),
    ).map((e) => e.message);
    expect(messages).toEqual([
      'a.ann:2: stance E1 has no Polarity attribute (A<n>\\tPolarity E1 VALUE)',
      'a.ann:4: E2: trigger T2 is labelled ORG, not Stance',
    ]);
  });

  it('rejects an .ann without its text file', () => {
    expect(errorsOf(() => readBrat([file('x/a.ann', 'T1\tORG 0 3\tIBM')]))[0]?.message).toBe(
      "x/a.ann: its text, x/a.txt, is not among the files imported (brat keeps a document's text beside its .ann file); import both files, or their folder",
    );
  });

  it('collects every error of a batch, across files', () => {
    const errors = errorsOf(() =>
      readBrat([
        file('a.txt', 'IBM'),
        file('a.ann', lines('T1\tORG 0 9\tIBM', 'Q1\tx')),
        file('b.txt', 'IBM'),
        file('b.ann', 'R1\tRel Arg1:T1 Arg2:T2\n'),
      ]),
    );
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual([
      'a.ann:1',
      'a.ann:2',
      'b.ann:1',
      'b.ann:1',
    ]);
  });
});
