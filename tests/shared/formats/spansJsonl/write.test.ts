import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc, jsonl, span } from '../build';
import { jsonLines, jsonSpan, token } from './build';

describe('writeSpansJsonl', () => {
  it('writes offsets Python’s text[start:end] slices correctly, with inclusive token_end', () => {
    // Python: text = 'Le président 🇫🇷 Emmanuel Macron'; text[16:31] == 'Emmanuel Macron' (🇫🇷 is 2 code points, é is 1).
    const text = 'Le président 🇫🇷 Emmanuel Macron';
    const written = writeSpansJsonl(
      bundle(doc(text, { name: 'fr', spans: [span(16, 31, 'PERSON')] })),
    );
    expect(written.files).toEqual([
      {
        path: 'spans.jsonl',
        content: jsonl({
          text,
          spans: [jsonSpan(16, 31, 'PERSON', 4, 5)],
          // spacy.blank('en') 3.8: the flag's two regional indicators are two tokens
          tokens: [
            token('Le', 0, 2, 0, true),
            token('président', 3, 12, 1, true),
            token('🇫', 13, 14, 2, false),
            token('🇷', 14, 15, 3, true),
            token('Emmanuel', 16, 24, 4, true),
            token('Macron', 25, 31, 5, false),
          ],
          meta: { name: 'fr' },
        }),
      },
    ]);
  });

  it('writes the document label `label` back as Prodigy’s text classification label', () => {
    const written = writeSpansJsonl(
      bundle(doc('Stop.', { name: 'r', documentLabels: { label: 'INSULT', source: 'reddit' } })),
    );
    const line = JSON.parse(written.files[0]?.content ?? '') as Record<string, unknown>;
    expect(line.label).toBe('INSULT');
    expect(written.summary.notExpressed).toEqual({ 'document label': 1 });
  });

  it('moves a span edge on folded or other whitespace to the words inside, and leaves out a span of whitespace only, counting both', () => {
    // spacy.blank('en') on "in Iraq now\n\nok": in(ws) Iraq(ws) now \n\n ok. The space after a
    // word is folded into it (no token), so [2, 7) " Iraq" has no token edge at 2; a strict
    // char_span(2, 7) is None, the words inside are Iraq alone.
    const text = 'in Iraq now\n\nok';
    const written = writeSpansJsonl(
      bundle(
        doc(text, {
          spans: [span(2, 7, 'GPE'), span(7, 8, 'X'), span(0, 8, 'Y'), span(11, 13, 'Z')],
        }),
      ),
    );
    const record = JSON.parse(written.files[0]?.content ?? '') as { spans: unknown[] };
    expect(record.spans).toEqual([jsonSpan(3, 7, 'GPE', 1, 1), jsonSpan(0, 7, 'Y', 0, 1)]);
    expect(written.summary.spans).toBe(2);
    expect(written.summary.notExpressed).toEqual({
      'span edge on whitespace moved to the first or last word': 2,
      'span covering no token dropped': 2,
    });
  });

  it('cuts tokens at every span edge and marks ws only for one following space, as spaCy does', () => {
    // spacy.blank('en') 3.8 on "Iraq's\tplan  failed.\r\nU.S.-led": Iraq 's \t plan(ws) ' ' failed . \r\n U.S.-led
    const text = "Iraq's\tplan  failed.\r\nU.S.-led";
    const written = writeSpansJsonl(
      bundle(doc(text, { spans: [span(0, 4, 'GPE'), span(22, 26, 'GPE'), span(1, 3, 'X')] })),
    );
    const record = JSON.parse(written.files[0]?.content ?? '') as {
      spans: unknown[];
      tokens: unknown[];
    };
    expect(record.tokens).toEqual([
      token('I', 0, 1, 0, false),
      token('ra', 1, 3, 1, false),
      token('q', 3, 4, 2, false),
      token("'s", 4, 6, 3, false),
      token('\t', 6, 7, 4, false),
      token('plan', 7, 11, 5, true),
      token(' ', 12, 13, 6, false),
      token('failed', 13, 19, 7, false),
      token('.', 19, 20, 8, false),
      token('\r\n', 20, 22, 9, false),
      token('U.S.', 22, 26, 10, false),
      token('-led', 26, 30, 11, false),
    ]);
    expect(record.spans).toEqual([
      jsonSpan(0, 4, 'GPE', 0, 2),
      jsonSpan(22, 26, 'GPE', 10, 10),
      jsonSpan(1, 3, 'X', 1, 1),
    ]);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('gives every fragment of a discontinuous span its token indices, and counts it', () => {
    const written = writeSpansJsonl(
      bundle(doc('Pompeo', { spans: [span(0, 4, 'PERSON'), discontinuous('X', [0, 1], [2, 3])] })),
    );
    const record = JSON.parse(written.files[0]?.content ?? '') as { spans: unknown[] };
    expect(record.spans).toEqual([
      jsonSpan(0, 4, 'PERSON', 0, 3),
      jsonSpan(0, 1, 'X', 0, 0),
      jsonSpan(2, 3, 'X', 2, 2),
    ]);
    expect(written.summary.notExpressed).toEqual({
      'discontinuous span written as separate spans': 1,
    });
  });
  it('writes relations as Prodigy’s rel.manual does, on the spans as written', () => {
    const text = 'Mike Pompeo met Iraq’s leaders.';
    const doc1 = doc(text, {
      name: 'r',
      spans: [span(0, 11, 'PERSON', { id: 'a' }), span(16, 20, 'GPE', { id: 'b' })],
      relations: [{ id: 'r1', type: 'MET_WITH', from: 'a', to: 'b' }],
    });
    const line = JSON.parse(String(writeSpansJsonl(bundle(doc1)).files[0]?.content)) as Record<
      string,
      unknown
    >;
    expect(line.relations).toEqual([
      {
        head: 1,
        child: 3,
        head_span: { start: 0, end: 11, token_start: 0, token_end: 1, label: 'PERSON' },
        child_span: { start: 16, end: 20, token_start: 3, token_end: 3, label: 'GPE' },
        label: 'MET_WITH',
      },
    ]);
  });

  it('names a relation to an event as what it is when it leaves it out', () => {
    // meisin/Commodity-News-Corpus: 102 of its 103 relations join events
    // ("R2 Cause-Precondition Arg1:E3 Arg2:E4"); the summary said their ends were discontinuous.
    const doc1 = doc('Oil fell as demand slowed', {
      name: 'e',
      spans: [span(4, 8, 'Movement-down', { id: 'T1' }), span(19, 25, 'Slow-weak', { id: 'T2' })],
      events: [
        { id: 'E1', type: 'Movement-down', trigger: 'T1', arguments: [] },
        { id: 'E2', type: 'Slow-weak', trigger: 'T2', arguments: [] },
      ],
      relations: [{ id: 'R1', type: 'Cause-Precondition', from: 'E2', to: 'E1' }],
    });
    expect(writeSpansJsonl(bundle(doc1)).summary.notExpressed).toMatchObject({
      'relation left out (an end is an event, a discontinuous span or no word)': 1,
    });
  });
});

describe('writeSpansJsonl of records that came without tokens', () => {
  const PRODIGY = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'real', 'prodigy');

  it('writes real ner.teach and textcat records back as they came, without tokens', () => {
    // Prodigy's `ner` and `textcat` tasks carry no tokens (prodi.gy/docs/api-interfaces): Loupe
    // added its own to each accepted record, and token indices to ner.teach's spans.
    for (const name of [
      'reddit_product_ner_teach_lines_1_8_46_653_711_1797.jsonl',
      'textcat_docs_issues_training_lines_1_8_9.jsonl',
    ]) {
      const content = readFileSync(join(PRODIGY, name), 'utf8');
      const read = readSpansJsonl([{ path: name, content }]);
      expect(writeSpansJsonl(read).files[0]?.content).toBe(content);
    }
  });

  it('writes a span added to a record of text alone without tokens or token indices', () => {
    const read = readSpansJsonl([{ path: 'in.jsonl', content: jsonl({ text: APPLE }) }]);
    const [first] = read.documents;
    if (!first) throw new Error('no document');
    const edited = { ...first, spans: [span(0, 5, 'ORG')] };
    const written = writeSpansJsonl({ ...read, documents: [edited] });
    expect(written.files[0]?.content).toBe(jsonl({ text: APPLE, spans: [jsonSpan(0, 5, 'ORG')] }));
  });

  it('writes tokens and token indices in every record when asked, as a ner_manual task has them', () => {
    // prodi.gy/docs/api-interfaces#ner_manual: tokens {text, start, end, id, ws}, spans with
    // token_start and token_end (inclusive); the tokens are spacy.blank('en')'s.
    const line = jsonl({ text: APPLE, spans: [jsonSpan(0, 5, 'ORG')] });
    const read = readSpansJsonl([{ path: 'in.jsonl', content: line }]);
    const [written] = jsonLines(writeSpansJsonl(read, { tokens: true }).files[0]?.content ?? '');
    expect(written).toEqual({
      text: APPLE,
      spans: [jsonSpan(0, 5, 'ORG', 0, 0)],
      tokens: [
        token('Apple', 0, 5, 0, true),
        token('buys', 6, 10, 1, true),
        token('a', 11, 12, 2, true),
        token('startup', 13, 20, 3, false),
        token('.', 20, 21, 4, false),
      ],
    });
  });

  it('writes tokens in a record whose relations name tokens by index, and says so', () => {
    // Prodigy's rel.manual records carry tokens, and each relation's head and child are the
    // index of its end's last token (explosion/projects rel_component annotations.jsonl line
    // 61: head 2, head_span token_end 2). Loupe wrote such indices without the tokens.
    const [org, startup] = [jsonSpan(0, 5, 'ORG'), jsonSpan(13, 20, 'ORG')];
    const relation = { head: 0, child: 3, head_span: org, child_span: startup, label: 'BUYS' };
    const line = jsonl({ text: APPLE, spans: [org, startup], relations: [relation] });
    const written = writeSpansJsonl(readSpansJsonl([{ path: 'in.jsonl', content: line }]));
    const [record] = jsonLines(written.files[0]?.content ?? '');
    const tokens = record?.tokens as { start: number; end: number }[] | undefined;
    expect(tokens?.map((t) => [t.start, t.end])).toEqual([
      [0, 5],
      [6, 10],
      [11, 12],
      [13, 20],
      [20, 21],
    ]);
    expect(record?.spans).toEqual([jsonSpan(0, 5, 'ORG', 0, 0), jsonSpan(13, 20, 'ORG', 3, 3)]);
    expect(record?.relations).toEqual([
      {
        ...relation,
        head_span: jsonSpan(0, 5, 'ORG', 0, 0),
        child_span: jsonSpan(13, 20, 'ORG', 3, 3),
      },
    ]);
    expect(written.summary.notes).toEqual({
      'record that came without tokens written with tokens and token indices, which its relations name (head, child)': 1,
    });
  });
});

const APPLE = 'Apple buys a startup.';
