import { describe, expect, it } from 'vitest';
import { readSpansJsonl } from '../../../../src/shared/formats';
import { errorsOf, file, jsonl, nestedJson } from '../build';
import { jsonSpan, token } from './build';

const TEXT = '😀 Mike Pompeo';
const TOKENS = [
  token('😀', 0, 1, 0, true),
  token('Mike', 2, 6, 1, true),
  token('Pompeo', 7, 13, 2, false),
];

describe('readSpansJsonl', () => {
  it('reads code point spans checked against their tokens', () => {
    const result = readSpansJsonl([
      file(
        'a.jsonl',
        jsonl({
          text: TEXT,
          spans: [jsonSpan(2, 13, 'PERSON', 1, 2)],
          tokens: TOKENS,
          meta: { name: 'p' },
        }),
      ),
    ]);
    expect(result.documents[0]).toEqual({
      name: 'p',
      text: TEXT,
      spans: [{ label: 'PERSON', fragments: [{ start: 2, end: 13 }] }],
      relations: [],
      stances: [],
      entities: [],
      documentLabels: {},
    });
  });

  it('keeps rejected and ignored Prodigy answers as they were, without Loupe spans, with one warning', () => {
    const rejected = { text: 'b', spans: [{ start: 0, end: 1, label: 'ORG' }], answer: 'reject' };
    const result = readSpansJsonl([
      file(
        'a.jsonl',
        jsonl({ text: 'a', answer: 'accept' }, rejected, { text: 'c', answer: 'ignore' }),
      ),
    ]);
    expect(result.documents.map((d) => [d.name, d.text, d.spans.length])).toEqual([
      ['a-1', 'a', 0],
      ['a-2', 'b', 0],
      ['a-3', 'c', 0],
    ]);
    expect(result.documents[1]?.metadata).toEqual({
      answer: 'reject',
      $prodigy: {
        // Kept once, as the file's JSON text; written back with the keys in the record's
        // order, and no meta, as it had none.
        spans: JSON.stringify(rejected.spans),
        layout: { keys: ['text', 'spans', 'answer'], givenName: 'a-2' },
      },
    });
    expect(result.warnings).toEqual([
      'a.jsonl: 2 records answered reject or ignore (line 2, 3) are kept as they were and written back to spans JSONL; Loupe does not show their spans or label, and CoNLL and Hugging Face exports leave them out',
    ]);
  });

  it('keeps a span whose stale text its offsets and tokens contradict, with a warning', () => {
    // vidosuba/slovak-NER prodigy/prodigy_jsonl/annotations_prod13.jsonl: "EPS" for "ČEPS" on
    // spans whose offsets and tokens agree; the whole file was refused.
    const span = { ...jsonSpan(2, 13, 'PERSON', 1, 2), text: 'Pompeo' };
    const result = readSpansJsonl([
      file('a.jsonl', jsonl({ text: TEXT, spans: [span], tokens: TOKENS })),
    ]);
    expect(result.documents[0]?.spans).toEqual([
      { label: 'PERSON', fragments: [{ start: 2, end: 13 }] },
    ]);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^a\.jsonl:1: spans\[0\]: .*; its offsets and tokens agree, so the span is kept as they say$/,
      ),
    ]);
    // Without tokens to confirm them, the offsets may be the wrong ones: refused.
    const alone = { start: 2, end: 13, label: 'PERSON', text: 'Pompeo' };
    expect(
      errorsOf(() => readSpansJsonl([file('b.jsonl', jsonl({ text: TEXT, spans: [alone] }))])),
    ).toHaveLength(1);
  });

  it('reads whitespace tokens whose offsets cover other text in the gap their text fills, and says so once', () => {
    // vidosuba/slovak-NER prodigy/prodigy_jsonl/annotations_prod02.jsonl (no licence; this
    // record is ours): every "\n\t" token between sentences sits at another sentence's
    // offsets. They were set aside, a note per record, and a span could not name them.
    const text = 'Eswatini je štát .\n\tHlavné mesto je Mbabane .\n\tSvazijsko .';
    const tokens = [
      token('Eswatini', 0, 8, 0, true),
      token('je', 9, 11, 1, true),
      token('štát', 12, 16, 2, true),
      token('.', 17, 18, 3, false),
      token('\n\t', 0, 2, 4, false),
      token('Hlavné', 20, 26, 5, true),
      token('mesto', 27, 32, 6, true),
      token('je', 33, 35, 7, true),
      token('Mbabane', 36, 43, 8, true),
      token('.', 44, 45, 9, false),
      token('\n\t', 20, 22, 10, false),
      token('Svazijsko', 47, 56, 11, true),
      token('.', 57, 58, 12, false),
    ];
    const spans = [jsonSpan(0, 8, 'LOC', 0, 0), jsonSpan(36, 43, 'LOC', 8, 8)];
    const records = [
      { text: 'a', spans: [] },
      { text, spans, tokens },
      { text, spans, tokens },
    ];
    const result = readSpansJsonl([file('a.jsonl', jsonl(...records))]);
    expect(result.documents[1]?.spans.map((s) => s.fragments[0])).toEqual([
      { start: 0, end: 8 },
      { start: 36, end: 43 },
    ]);
    expect(result.warnings).toEqual([
      'a.jsonl: 4 whitespace tokens in 2 records (first line 2, tokens 4, 10) had offsets that do not hold their text; read in the gap between their neighbours, where their text is, and written back to spans JSONL as the file had them while the text is unedited',
    ]);
    // A span may end on such a token now that it is read where it is.
    const onIt = jsonl({ text, spans: [jsonSpan(18, 20, 'LOC', 4, 4)], tokens });
    expect(readSpansJsonl([file('b.jsonl', onIt)]).documents[0]?.spans).toHaveLength(1);
    // Where the gap does not hold its text, the token is set aside as before, and a span on it refused.
    const apart = tokens.map((t) => (t.id === 4 ? { ...t, text: '\t\t' } : t));
    const setAside = readSpansJsonl([file('c.jsonl', jsonl({ text, spans, tokens: apart }))]);
    expect(setAside.warnings).toContain(
      'c.jsonl:1: tokens 4: 1 whitespace token whose offsets cover other text; set aside (no span starts or ends on them, and an export writes its own tokens)',
    );
    const onApart = jsonl({ text, spans: [jsonSpan(18, 20, 'LOC', 4, 4)], tokens: apart });
    expect(errorsOf(() => readSpansJsonl([file('d.jsonl', onApart)]))[0]?.reason).toBe(
      'spans[0]: token_start 4 names a whitespace token whose offsets cover other text',
    );
    const word = tokens.map((t) => (t.id === 5 ? { ...t, start: 0, end: 6 } : t));
    expect(
      errorsOf(() => readSpansJsonl([file('e.jsonl', jsonl({ text, spans, tokens: word }))])),
    ).toHaveLength(1);
  });

  it('keeps Prodigy’s text classification label as the document label `label`', () => {
    // explosion/prodigy-recipes example-datasets/annotated_reddit-INSULT-textcat.jsonl: accepted
    // records were imported with no label at all, 0 spans and exit 0.
    const record = { text: 'Stop being whiny.', label: 'INSULT', spans: [], answer: 'accept' };
    const result = readSpansJsonl([file('textcat.jsonl', jsonl(record))]);
    expect(result.documents[0]?.documentLabels).toEqual({ label: 'INSULT' });
  });
});

describe('readSpansJsonl errors', () => {
  it.each([
    [
      'an offset beyond the text',
      { text: TEXT, spans: [jsonSpan(2, 30, 'P')] },
      'spans[0]: end 30 is beyond the text (13 code points long)',
    ],
    [
      'start not before end',
      { text: TEXT, spans: [jsonSpan(6, 2, 'P')] },
      'spans[0]: start 6 is not before end 2',
    ],
    [
      'a missing label',
      { text: TEXT, spans: [{ start: 0, end: 1 }] },
      'spans[0].label: expected a label name',
    ],
    [
      'a token_end that is exclusive',
      { text: TEXT, spans: [jsonSpan(2, 13, 'P', 1, 3)], tokens: TOKENS },
      'spans[0]: token_end 3 is not a token index (0..2)',
    ],
    [
      'a token_end on the wrong token',
      { text: TEXT, spans: [jsonSpan(2, 13, 'P', 1, 1)], tokens: TOKENS },
      'token_end 1 ends at 6, but the span ends at 13 (token_end is inclusive)',
    ],
    [
      'a token_start on the wrong token',
      { text: TEXT, spans: [jsonSpan(2, 13, 'P', 0, 2)], tokens: TOKENS },
      'token_start 0 starts at 0, but the span starts at 2',
    ],
    [
      'UTF-16 token offsets',
      { text: TEXT, tokens: [token('Mike', 3, 7, 0, true)] },
      'tokens[0]: text disagrees with the document at these offsets: expected "ike ", found "Mike" (these offsets count UTF-16 units',
    ],
    ['spans that are not an array', { text: TEXT, spans: {} }, 'spans is not an array'],
  ])('rejects %s with file, line and reason', (_, record, reason) => {
    const errors = errorsOf(() =>
      readSpansJsonl([file('s.jsonl', jsonl({ text: 'fine' }, record))]),
    );
    expect(errors[0]).toMatchObject({ file: 's.jsonl', line: 2 });
    expect(errors[0]?.reason).toContain(reason);
  });

  it('reads Prodigy’s rel.manual relations between the record’s spans', () => {
    // The shape of Prodigy rel.manual exports (argrecsys/decide-madrid-2019-annotations,
    // annotations/prodigy/results/*/intra_*.jsonl): each end is a span of the record, `head`
    // and `child` its last token.
    const text = 'Mike Pompeo met Iraq’s leaders.';
    const mike = jsonSpan(0, 11, 'PERSON', 0, 1);
    const iraq = jsonSpan(16, 20, 'GPE', 3, 3);
    const rel = {
      head: 1,
      child: 3,
      head_span: mike,
      child_span: iraq,
      color: '#c5bdf4',
      label: 'MET_WITH',
    };
    const result = readSpansJsonl([
      file('r.jsonl', jsonl({ text, spans: [mike, iraq], relations: [rel], answer: 'accept' })),
    ]);
    expect(result.documents[0]?.spans).toEqual([
      { id: 's1', label: 'PERSON', fragments: [{ start: 0, end: 11 }] },
      { id: 's2', label: 'GPE', fragments: [{ start: 16, end: 20 }] },
    ]);
    expect(result.documents[0]?.relations).toEqual([{ type: 'MET_WITH', from: 's1', to: 's2' }]);
  });

  it('rejects a relation whose end is not a span of the record, naming it', () => {
    const text = 'Mike Pompeo met Iraq’s leaders.';
    const rel = {
      head_span: jsonSpan(0, 11, 'PERSON'),
      child_span: jsonSpan(16, 20, 'GPE'),
      label: 'MET_WITH',
    };
    const errors = errorsOf(() =>
      readSpansJsonl([
        file('r.jsonl', jsonl({ text, spans: [jsonSpan(0, 11, 'PERSON')], relations: [rel] })),
      ]),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'r.jsonl',
      line: 1,
      reason:
        'relations[0].child_span: 16-20 labelled GPE is not a span of this record (add it to spans, or remove the relation)',
    });
  });

  it('refuses a record holding a field nested 100 000 deep, on its line, naming the field', () => {
    const content = `{"text":"a"}\n\n{"text":"IBM","spans":[],"meta":{"x":${nestedJson(100_000)}}}\n`;
    expect(
      errorsOf(() => readSpansJsonl([file('s.jsonl', content)])).map((e) => e.message),
    ).toEqual([
      's.jsonl:3: meta: nests arrays and objects over 512 deep, which Loupe cannot read (annotation formats nest a few levels); the file is damaged: mend or remove that field',
    ]);
  });

  it('rejects invalid JSON with its line', () => {
    expect(
      errorsOf(() => readSpansJsonl([file('s.jsonl', '{"text": "a"}\n{"text": "b",}\n')]))[0]
        ?.message,
    ).toBe("s.jsonl:2: not valid JSON: trailing comma before '}'");
  });
});

describe('readSpansJsonl keeps tokens once', () => {
  // Prodigy's order of keys (explosion/projects' food_data.jsonl): the record's layout is kept.
  function prodigyLine(tokens: unknown[]): string {
    const spans = [jsonSpan(0, 5, 'ORG', 0, 0)];
    return JSON.stringify({ text: 'Apple buys.', meta: { section: 'x' }, tokens, spans });
  }

  it('keeps no copy of tokens Loupe writes the same from the text, nor of the spans it holds', () => {
    const tokens = [token('Apple', 0, 5, 0, true), token('buys', 6, 10, 1, false)];
    const dot = token('.', 10, 11, 2, false);
    const read = readSpansJsonl([{ path: 'p.jsonl', content: prodigyLine([...tokens, dot]) }]);
    const kept = read.documents[0]?.metadata?.$prodigy;
    expect(kept).toEqual({
      layout: {
        keys: ['text', 'meta', 'tokens', 'spans'],
        givenName: 'p-1',
        // The spans are the document's: the export rebuilds them (see spansStoredOnce.test.ts).
        texts: { meta: '{"section":"x"}' },
      },
      // The line came without a line break after it, and is written back so.
      openEnd: true,
    });
  });

  it('keeps tokens Loupe cannot rebuild once, as the file’s JSON text', () => {
    // Tokens without `ws`, as older Prodigy versions wrote them (food_data.jsonl).
    const tokens = [
      { text: 'Apple', start: 0, end: 5, id: 0 },
      { text: 'buys', start: 6, end: 10, id: 1 },
      { text: '.', start: 10, end: 11, id: 2 },
    ];
    const read = readSpansJsonl([{ path: 'p.jsonl', content: prodigyLine(tokens) }]);
    const kept = read.documents[0]?.metadata?.$prodigy;
    expect(kept).toMatchObject({ tokens: JSON.stringify(tokens) });
    expect(JSON.stringify(kept).split('"buys"').length - 1).toBe(0);
    expect(JSON.stringify(kept).split('\\"buys\\"').length - 1).toBe(1);
  });
});
