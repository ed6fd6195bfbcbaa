import { describe, expect, it } from 'vitest';
import { SpanOverlapError, writeConll } from '../../../../src/shared/formats';
import type { OverlapPolicy } from '../../../../src/shared/formats';
import { bundle, discontinuous, doc, lines, span } from '../build';

// Mike=0..4 Pompeo=5..11 visited=12..19 Iraq=20..24 .=24 The=26..29 US=30..32 rejected=33..41 it=42..44 .=44
const TEXT = 'Mike Pompeo visited Iraq. The US rejected it.';
const DOCSTART = '-DOCSTART- -X- O O';

/** One CoNLL-2003 row: token, part of speech and chunk unknown, NER tag. */
function row(token: string, tag: string): string {
  return `${token} -X- _ ${tag}`;
}

function conllOf(docs: Parameters<typeof bundle>, overlaps?: OverlapPolicy) {
  const written = writeConll(bundle(...docs), overlaps ? { overlaps } : {});
  return { content: written.files[0]?.content, summary: written.summary };
}

describe('writeConll', () => {
  it('writes CoNLL-2003 rows separated by spaces, -DOCSTART- -X- O O first, a blank line after each sentence', () => {
    const { content, summary } = conllOf([
      doc(TEXT, { spans: [span(0, 11, 'PERSON'), span(20, 24, 'GPE'), span(30, 32, 'GPE')] }),
    ]);
    expect(content).toBe(
      lines(
        DOCSTART,
        '',
        row('Mike', 'B-PERSON'),
        row('Pompeo', 'I-PERSON'),
        row('visited', 'O'),
        row('Iraq', 'B-GPE'),
        row('.', 'O'),
        '',
        row('The', 'O'),
        row('US', 'B-GPE'),
        row('rejected', 'O'),
        row('it', 'O'),
        row('.', 'O'),
        '',
      ),
    );
    expect(summary).toEqual({ documents: 1, spans: 3, stances: 0, notExpressed: {} });
  });

  it('starts every document with -DOCSTART- -X- O O and a blank line; whitespace is never a token', () => {
    const { content } = conllOf([doc('One.'), doc('😀\r\n\tTwo\u00a0 three')]);
    expect(content).toBe(
      lines(
        DOCSTART,
        '',
        row('One', 'O'),
        row('.', 'O'),
        '',
        DOCSTART,
        '',
        row('😀', 'O'),
        '',
        row('Two', 'O'),
        row('three', 'O'),
        '',
      ),
    );
  });

  it('cuts tokens at span edges: clitics, glued punctuation (spaCy keeps U.S.-led whole, the span wants U.S.)', () => {
    // Iraq=0..4 's=4..6 U.S.=7..11 -led=11..15 Baghdad=16..23 ’s=23..25
    const { content } = conllOf([
      doc("Iraq's U.S.-led Baghdad’s", {
        spans: [span(0, 4, 'GPE'), span(7, 11, 'GPE'), span(16, 23, 'GPE')],
      }),
    ]);
    expect(content).toBe(
      lines(
        DOCSTART,
        '',
        row('Iraq', 'B-GPE'),
        row("'s", 'O'),
        row('U.S.', 'B-GPE'),
        row('-led', 'O'),
        row('Baghdad', 'B-GPE'),
        row('’s', 'O'),
        '',
      ),
    );
  });

  it('tags adjacent spans of one label B-X B-X', () => {
    const { content } = conllOf([
      doc('Iraq Iran', { spans: [span(0, 4, 'GPE'), span(5, 9, 'GPE')] }),
    ]);
    expect(content).toBe(lines(DOCSTART, '', row('Iraq', 'B-GPE'), row('Iran', 'B-GPE'), ''));
  });

  it('never cuts a sentence after a title or an initial, nor inside a span (the sentence runs on)', () => {
    // Gen.=0..4 Mark=5..9 A.=10..12 Milley=13..19 left=20..24 .=24 Then=26..30
    const text = 'Gen. Mark A. Milley left. Then he spoke.';
    const { content } = conllOf(
      [doc(text, { spans: [span(0, 19, 'PERSON'), span(20, 30, 'X')] })],
      'longest',
    );
    const rows = content?.split('\n') ?? [];
    expect(rows.slice(2, 10)).toEqual([
      row('Gen.', 'B-PERSON'),
      row('Mark', 'I-PERSON'),
      row('A.', 'I-PERSON'),
      row('Milley', 'I-PERSON'),
      row('left', 'B-X'),
      row('.', 'I-X'),
      row('Then', 'I-X'),
      row('he', 'O'),
    ]);
  });

  it('refuses overlapping spans by default, naming them', () => {
    const overlapping = doc(TEXT, { spans: [span(0, 11, 'PERSON'), span(5, 24, 'Stance')] });
    expect(() => conllOf([overlapping])).toThrow(SpanOverlapError);
    expect(() => conllOf([overlapping])).toThrow(
      /doc: overlapping spans .*PERSON \[0,11\) "Mike Pompeo" and Stance \[5,24\) "Pompeo visited Iraq".*--labels.*--overlaps/u,
    );
  });

  it('counts every overlapping pair of a refusal and names the first three', () => {
    // Mike Pompeo [0,11) holds Pompeo [5,11); Pompeo visited Iraq [5,24) overlaps both and holds Iraq [20,24): 4 pairs.
    // Spans starting together come longest first.
    const spans = [
      span(0, 11, 'PERSON'),
      span(5, 11, 'MISC'),
      span(5, 24, 'Stance'),
      span(20, 24, 'GPE'),
    ];
    let refused: unknown;
    try {
      conllOf([doc(TEXT, { spans })]);
    } catch (error) {
      refused = error;
    }
    if (!(refused instanceof SpanOverlapError)) throw new Error('not refused');
    expect(refused.document).toBe('doc');
    expect(refused.total).toBe(4);
    expect(refused.pairs.map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([
      'Mike Pompeo / Pompeo visited Iraq',
      'Mike Pompeo / Pompeo',
      'Pompeo visited Iraq / Pompeo',
    ]);
    expect(refused.message).toMatch(/IOB tags \(4 pairs\): .* \(and 1 more\)\. Choose/);
  });

  it('keeps the longest or the first of overlapping spans when asked, and counts the rest', () => {
    // Mike Pompeo (0..11) inside Mike Pompeo visited (0..19); visited Iraq (12..24) overlaps it
    const spans = [span(0, 11, 'PERSON'), span(0, 19, 'A'), span(12, 24, 'B')];
    const longest = conllOf([doc('Mike Pompeo visited Iraq', { spans })], 'longest');
    expect(longest.content).toContain(
      lines(row('Mike', 'B-A'), row('Pompeo', 'I-A'), row('visited', 'I-A'), row('Iraq', 'O')),
    );
    expect(Object.values(longest.summary.notExpressed)).toEqual([2]);
    const first = conllOf([doc('Mike Pompeo visited Iraq', { spans })], 'first');
    expect(first.content).toContain(
      lines(row('Mike', 'B-A'), row('Pompeo', 'I-A'), row('visited', 'I-A'), row('Iraq', 'O')),
    );
    const later = conllOf(
      [doc('Mike Pompeo visited Iraq', { spans: [span(12, 24, 'B'), span(5, 19, 'A')] })],
      'first',
    );
    expect(later.content).toContain(
      lines(row('Mike', 'O'), row('Pompeo', 'B-A'), row('visited', 'I-A'), row('Iraq', 'O')),
    );
  });

  it('keeps or drops a discontinuous span whole under --overlaps longest and first', () => {
    // Mike=0..4 Pompeo=5..11 visited=12..19 Iraq=20..24
    const text = 'Mike Pompeo visited Iraq';
    // A: Mike + visited (4 + 7 = 11 code points); B: Pompeo visited Iraq (19) overlaps A's second fragment.
    const spans = [discontinuous('A', [0, 4], [12, 19]), span(5, 24, 'B')];
    const longest = conllOf([doc(text, { spans })], 'longest');
    expect(longest.content).toContain(
      lines(row('Mike', 'O'), row('Pompeo', 'B-B'), row('visited', 'I-B'), row('Iraq', 'I-B')),
    );
    expect(longest.summary.spans).toBe(1);
    expect(longest.summary.notExpressed).toMatchObject({
      'overlapping span dropped (--overlaps longest: kept the longest, then the earliest)': 1,
    });
    // A starts first: kept whole, B dropped.
    const first = conllOf([doc(text, { spans })], 'first');
    expect(first.content).toContain(
      lines(row('Mike', 'B-A'), row('Pompeo', 'O'), row('visited', 'B-A'), row('Iraq', 'O')),
    );
    expect(first.summary.spans).toBe(1);
    // A: Mike + visited Iraq (4 + 12 = 16) is longer than B: Pompeo visited (14), though B is
    // longer than each of A's fragments: A is kept whole, B dropped.
    const whole = [discontinuous('A', [0, 4], [12, 24]), span(5, 19, 'B')];
    expect(conllOf([doc(text, { spans: whole })], 'longest').content).toContain(
      lines(row('Mike', 'B-A'), row('Pompeo', 'O'), row('visited', 'B-A'), row('Iraq', 'I-A')),
    );
  });

  it('never tags the word after a span that ends on a folded space', () => {
    // "Iraq is": the space after Iraq is folded into it; [0, 5) "Iraq " covers Iraq only.
    const { content, summary } = conllOf([doc('Iraq is big', { spans: [span(0, 5, 'GPE')] })]);
    expect(content).toBe(
      lines(DOCSTART, '', row('Iraq', 'B-GPE'), row('is', 'O'), row('big', 'O'), ''),
    );
    expect(summary.notExpressed).toEqual({
      'span edge on whitespace moved to the first or last word': 1,
    });
  });

  it('tags discontinuous spans as separate mentions and trims span edges on whitespace', () => {
    const { content, summary } = conllOf([
      doc('Mike  Pompeo said', {
        spans: [discontinuous('PERSON', [0, 4], [6, 12]), span(12, 17, 'X')],
      }),
    ]);
    expect(content).toBe(
      lines(
        DOCSTART,
        '',
        row('Mike', 'B-PERSON'),
        row('Pompeo', 'B-PERSON'),
        row('said', 'B-X'),
        '',
      ),
    );
    expect(summary.notExpressed).toEqual({
      'discontinuous span tagged as separate mentions': 1,
      'span edge on whitespace moved to the first or last word': 1,
    });
  });

  it('writes a label with whitespace with underscores, and counts what CoNLL cannot hold', () => {
    const { content, summary } = conllOf([
      doc('Mike', { spans: [span(0, 4, 'A B', { note: 'n' })], documentLabels: { t: 'x' } }),
    ]);
    expect(content).toBe(lines(DOCSTART, '', row('Mike', 'B-A_B'), ''));
    expect(summary.notExpressed).toEqual({ 'span note': 1, 'document label': 1 });
    expect(summary.notes).toEqual({ 'label with whitespace written with _': 1 });
  });
});

describe('writeConll: adjacent spans of one type', () => {
  // IOB2 (Tjong Kim Sang & Veenstra 1999; CoNLL-2003): every chunk starts with B-, so two
  // adjacent GPE mentions are B-GPE B-GPE; B-GPE I-GPE would read back as one mention.
  it('tags "Iraq Iran talks" with two GPE spans as B-GPE B-GPE O', () => {
    const { content } = conllOf([
      doc('Iraq Iran talks', { spans: [span(0, 4, 'GPE'), span(5, 9, 'GPE')] }),
    ]);
    expect(content).toBe(
      lines(DOCSTART, '', row('Iraq', 'B-GPE'), row('Iran', 'B-GPE'), row('talks', 'O'), ''),
    );
  });
});
