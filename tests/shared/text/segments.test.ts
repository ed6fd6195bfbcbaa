import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segments } from '../../../src/shared/text';

/** Pieces that exercise the word and sentence rules around the places text is cut. */
const piece = fc.constantFrom(
  'Mike',
  'Pompeo',
  'U.S.',
  'Iraq’s',
  "don't",
  '3.5',
  '2,000',
  '.',
  ',',
  '!',
  '?',
  '“',
  '”',
  ' ',
  '  ',
  '\t',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u0301',
  '\u200D',
  '\u200B',
  '👩‍👩‍👧',
  '🇮🇶',
  '😀',
  'عادل',
  'عبد المهدي',
  '中文',
  'e\u0301',
  '_',
  '-',
  'Ms.',
  'Dr.',
  '\f',
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
/** Single characters around every rule of the common-character path, and some outside it. */
const common = fc
  .array(fc.constantFrom(..."aZé9 .:,;'_’‘“”—–…·\u00a0«»!-$\t\n\r×ÿŁ", 'e\u0301', '😀', 'ß'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

function whole(value: string, granularity: 'word' | 'sentence') {
  return [...new Intl.Segmenter('en', { granularity }).segment(value)].map((s) => ({
    segment: s.segment,
    index: s.index,
  }));
}

describe('segments: Intl.Segmenter piece by piece', () => {
  it.each(['word', 'sentence'] as const)(
    'finds exactly the %s segments of the whole text, with long lines cut early',
    (granularity) => {
      fc.assert(
        fc.property(text, fc.integer({ min: 1, max: 12 }), (value, longLine) => {
          expect([...segments(value, granularity, 'en', longLine)]).toEqual(
            whole(value, granularity),
          );
        }),
        { numRuns: 1500 },
      );
    },
  );

  it('segments pieces of common characters without Intl.Segmenter, and others with it', () => {
    const calls: string[] = [];
    const original = Intl.Segmenter.prototype.segment;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
      calls.push(input);
      return original.call(this, input);
    };
    try {
      const common = [...segments('U.S. officials’ 1,000 troops — “no”.\nMahdi said', 'word')].map(
        (s) => s.segment,
      );
      expect(common).toEqual([
        'U.S',
        '.',
        ' ',
        'officials',
        '’',
        ' ',
        '1,000',
        ' ',
        'troops',
        ' ',
        '—',
        ' ',
        '“',
        'no',
        '”',
        '.',
        '\n',
        'Mahdi',
        ' ',
        'said',
      ]);
      expect(calls).toEqual([]);
      expect([...segments('Mahdi\nعادل عبد', 'word')].map((s) => s.segment)).toEqual([
        'Mahdi',
        '\n',
        'عادل',
        ' ',
        'عبد',
      ]);
      expect(calls).toEqual(['عادل عبد']);
    } finally {
      Intl.Segmenter.prototype.segment = original;
    }
  });

  it('segments common characters by the rules exactly as Intl.Segmenter does', () => {
    fc.assert(
      fc.property(common, (value) => {
        expect([...segments(value, 'word')]).toEqual(whole(value, 'word'));
      }),
      { numRuns: 5000 },
    );
  });

  it('stays linear on a long text where one Intl.Segmenter pass is quadratic', () => {
    const line = 'The State Department rejected the request. '.repeat(2000);
    const long = `${line}\n`.repeat(10); // 860,000 characters
    // One pass over this text takes minutes (past the test's time limit); the pieces, a moment.
    let count = 0;
    for (const s of segments(long, 'word')) if (s.segment.trim()) count++;
    expect(count).toBe(10 * 2000 * 7);
  });
});
