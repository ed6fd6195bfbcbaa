import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readSpansJsonl,
  writeConll,
  writeHuggingFace,
  writeSpansJsonl,
} from '../../../../src/shared/formats';
import { ANSWERED_AWAY } from '../../../../src/shared/formats/common';
import type { FormatBundle } from '../../../../src/shared/formats';
import { isPythonSpace } from '../../../../src/shared/text';
import { bundleArb } from '../arbitraries';
import { canonical } from '../canonical';
import { jsonSpan } from './build';

/** The bundle with every span edge on whitespace moved to the nearest non-space character inside, spans left with none dropped. */
function trimmedToWords(bundle: FormatBundle): FormatBundle {
  const documents = bundle.documents.map((doc) => {
    const chars = [...doc.text];
    const space = (at: number): boolean => isPythonSpace((chars[at] ?? 'x').charCodeAt(0));
    const spans = doc.spans.flatMap((span) => {
      const fragments = span.fragments.flatMap((f) => {
        let { start, end } = f;
        while (start < end && space(start)) start++;
        while (end > start && space(end - 1)) end--;
        return start < end ? [{ start, end }] : [];
      });
      return fragments.length > 0 ? [{ ...span, fragments }] : [];
    });
    return { ...doc, spans };
  });
  return { ...bundle, documents };
}

describe('spans JSONL round trip', () => {
  it('brings back offsets and labels of any text (span edges on whitespace moved to the words), and its own token indices check out', () => {
    fc.assert(
      fc.property(bundleArb({}), (bundle) => {
        const back = readSpansJsonl(writeSpansJsonl(bundle).files);
        expect(canonical(back, { name: true })).toEqual(
          canonical(trimmedToWords(bundle), { name: true }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('spans JSONL fields Loupe does not read', () => {
  it('writes back what a Prodigy record came with: hashes, view, answer, meta fields', () => {
    const record = {
      text: 'Mike Pompeo spoke.',
      _input_hash: -1207440530,
      _task_hash: 1815839181,
      tokens: [{ text: 'Mike', start: 0, end: 4, id: 0, ws: true }],
      spans: [{ start: 0, end: 11, label: 'PERSON', token_start: 0, token_end: 1 }],
      _view_id: 'ner_manual',
      answer: 'accept',
      _timestamp: 1654550131,
      meta: { name: 'pompeo', source: 'wire', score: 0.5 },
    };
    const line = JSON.stringify(record).replace(
      '"tokens":[{"text":"Mike","start":0,"end":4,"id":0,"ws":true}],',
      '',
    );
    const read = readSpansJsonl([{ path: 'p.jsonl', content: line }]);
    expect(read.documents[0]?.metadata).toEqual({
      _input_hash: -1207440530,
      _task_hash: 1815839181,
      _view_id: 'ner_manual',
      answer: 'accept',
      _timestamp: 1654550131,
      meta: { source: 'wire', score: 0.5 },
      // The record's keys in its order, written back so.
      $prodigy: {
        layout: {
          keys: Object.keys(record).filter((k) => k !== 'tokens'),
          texts: expect.any(Object),
        },
        // The line came without a line break after it, and is written back so.
        openEnd: true,
      },
    });
    const written = JSON.parse(String(writeSpansJsonl(read).files[0]?.content)) as Record<
      string,
      unknown
    >;
    expect(written).toMatchObject({
      _input_hash: -1207440530,
      _task_hash: 1815839181,
      _view_id: 'ner_manual',
      answer: 'accept',
      _timestamp: 1654550131,
      meta: { source: 'wire', score: 0.5, name: 'pompeo' },
    });
    // The file's keys in its order, and no tokens, which it had not.
    expect(Object.keys(written)).toEqual(Object.keys(record).filter((k) => k !== 'tokens'));
  });

  it('keeps a field named __proto__ as a field, setting no prototype', () => {
    const line = '{"text":"a","spans":[],"__proto__":{"polluted":true}}';
    const read = readSpansJsonl([{ path: 'p.jsonl', content: line }]);
    const metadata = read.documents[0]?.metadata ?? {};
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
    expect(Object.keys(metadata)).toEqual(['__proto__', '$prodigy']);
    const written = String(writeSpansJsonl(read).files[0]?.content);
    expect(written).toContain('"__proto__":{"polluted":true}');
  });

  it('writes Prodigy records answered ignore or reject back as they came, and token exports leave them out', () => {
    // explosion/projects: ner_tweets test_annotated.jsonl lines 1-2 (accept, ignore) and
    // textcat_docs_issues docs_issues_training.jsonl lines 1, 8, 9 (label DOCUMENTATION
    // answered reject, accept, accept). The ignored and rejected records were dropped: 460 of
    // the 661 records of the text classification file, every "this label does not apply".
    const names = [
      'ner_tweets_test_annotated_lines_1-2.jsonl',
      'textcat_docs_issues_training_lines_1_8_9.jsonl',
    ];
    const files = names.map((name) => ({
      path: name,
      content: readFileSync(join(PRODIGY, name), 'utf8'),
    }));
    const read = readSpansJsonl(files);
    const written = writeSpansJsonl(read);
    const back = (written.files[0]?.content ?? '')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const source = files.flatMap((f) =>
      f.content
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    );
    const away = source.filter((r) => r.answer !== 'accept');
    expect(away.map((r) => r.answer)).toEqual(['ignore', 'reject']);
    for (const record of away) {
      const line = back.find((b) => b._task_hash === record._task_hash);
      expect(line).toEqual(record);
    }
    // Read back under the name of their first file, as Loupe named them by file and line.
    const again = readSpansJsonl([
      { path: names[0] ?? '', content: written.files[0]?.content ?? '' },
    ]);
    expect(again.documents.map((d) => d.name)).toEqual(
      read.documents
        .map((d) => d.name)
        .slice(0, 2)
        .concat([
          'ner_tweets_test_annotated_lines_1-2-3',
          'ner_tweets_test_annotated_lines_1-2-4',
          'ner_tweets_test_annotated_lines_1-2-5',
        ]),
    );
    const conll = writeConll(read);
    expect(conll.summary.documents).toBe(3);
    expect(conll.summary.notExpressed[ANSWERED_AWAY]).toBe(2);
    expect(writeHuggingFace(read).summary.notExpressed[ANSWERED_AWAY]).toBe(2);
  });

  it("writes back a rel.manual relation's color where rel.manual writes it", () => {
    // explosion/projects tutorials/rel_component/assets/annotations.jsonl: every relation has
    // "color" (one per label) between child_span and label; it was dropped.
    const text = 'Mike Pompeo met Adel in Iraq.';
    const mike = jsonSpan(0, 11, 'PERSON', 0, 1);
    const adel = jsonSpan(16, 20, 'PERSON', 3, 3);
    const iraq = jsonSpan(24, 28, 'GPE', 5, 5);
    const relation = (head: typeof mike, child: typeof mike, color: string, label: string) => ({
      head: head.token_end,
      child: child.token_end,
      head_span: head,
      child_span: child,
      color,
      label,
    });
    const relations = [
      relation(mike, adel, '#c5bdf4', 'MET'),
      relation(adel, iraq, '#ffd882', 'IN'),
      relation(mike, iraq, '#ffd882', 'IN'),
    ];
    const record = { text, spans: [mike, adel, iraq], relations, answer: 'accept' };
    const read = readSpansJsonl([{ path: 'rel.jsonl', content: `${JSON.stringify(record)}\n` }]);
    const written = writeSpansJsonl(read).files[0]?.content ?? '';
    const back = JSON.parse(written) as { relations: object[] };
    expect(back.relations).toEqual(relations);
    expect(back.relations.map((r) => Object.keys(r))).toEqual(relations.map((r) => Object.keys(r)));
    // Two relations of one label with different fields: said, not one silently taken for both.
    const clash = { ...record, relations: [relations[1], { ...relations[2], color: '#000000' }] };
    expect(() =>
      readSpansJsonl([{ path: 'rel.jsonl', content: `${JSON.stringify(clash)}\n` }]),
    ).toThrow(/rel\.jsonl:1: relations\[1\]: its fields \{"color":"#000000"\} differ/);
  });

  it('keeps a rel.manual relation between tokens that are no span, its token indices those of the tokens written', () => {
    // The shape rel.manual writes when a relation joins tokens no span covers: the ends carry
    // "label": null (Prodigy's rel.manual documentation). Such a record was refused.
    const text = 'Ana hired 40-kd Tax staff';
    const tokenEnd = (start: number, end: number, index: number) => ({
      start,
      end,
      token_start: index,
      token_end: index,
      label: null,
    });
    // The file's tokens split "40-kd" as one token (index 2), so "Tax" is token 3; Loupe's
    // tokens are spaCy's, "40", "-", "kd", so "Tax" is token 5 there.
    const relation = {
      head: 1,
      child: 3,
      head_span: tokenEnd(4, 9, 1),
      child_span: tokenEnd(16, 19, 3),
      color: '#c5bdf4',
      label: 'OBJ',
    };
    const record = {
      text,
      spans: [jsonSpan(0, 3, 'PERSON')],
      relations: [relation],
      answer: 'accept',
    };
    const read = readSpansJsonl([{ path: 'rel.jsonl', content: `${JSON.stringify(record)}\n` }]);
    expect(read.documents[0]?.relations).toEqual([]);
    expect(read.warnings).toEqual([
      'rel.jsonl:1: 1 relation between tokens that is no span is kept as it was and written back to spans JSONL; Loupe does not show it',
    ]);
    // The record came without tokens: its relations' token indices name tokens when asked for.
    const written = writeSpansJsonl(read, { tokens: true });
    const [line] = (written.files[0]?.content ?? '')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { relations: unknown[]; tokens: { text: string }[] });
    expect(line?.tokens.map((t) => t.text)).toEqual([
      'Ana',
      'hired',
      '40',
      '-',
      'kd',
      'Tax',
      'staff',
    ]);
    expect(line?.relations).toEqual([{ ...relation, child: 5, child_span: tokenEnd(16, 19, 5) }]);
    // Asked for tokens, its spans carry token indices too, as ner.manual's do.
    expect(readSpansJsonl(written.files).documents[0]?.metadata?.$prodigy).toEqual({
      relations: [{ ...relation, child: 5, child_span: tokenEnd(16, 19, 5) }],
      // Without meta (Loupe gave the name), tokens after the record's own keys.
      layout: {
        keys: ['text', 'spans', 'relations', 'answer', 'tokens'],
        givenName: 'spans-1',
        texts: expect.any(Object),
      },
    });
  });
});

const PRODIGY = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'prodigy');
