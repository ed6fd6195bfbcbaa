import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeSpansJsonl } from '../../../../src/shared/formats';
import { bundle, doc, span } from '../build';

/** Text from the units a JSON writer gets wrong: quotes, backslashes, controls, lone surrogates, U+2028, astral. */
const hardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '"',
      '\\',
      '\u0000',
      '\u001f',
      '\u007f',
      '\ud800',
      '\udc00',
      '\u2028',
      '\u2029',
    ),
    fc.constantFrom('😀', 'é', '’', '\n', '\r', '\t', ' ', '\u00a0', 'a', 'Z', '.', "'s"),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  maxLength: 60,
});

describe('writeSpansJsonl escapes', () => {
  it('writes every line exactly as JSON.stringify writes the object it holds', () => {
    fc.assert(
      fc.property(hardText, fc.nat(), fc.nat(), (text, a, b) => {
        const points = [...text].length;
        const [start, end] = [a % (points + 1), b % (points + 1)].sort((x, y) => x - y);
        const spans = (end ?? 0) > (start ?? 0) ? [span(start ?? 0, end ?? 0, 'LA"BEL\\')] : [];
        const line = writeSpansJsonl(bundle(doc(text, { spans }))).files[0]?.content ?? '';
        expect(line.endsWith('\n')).toBe(true);
        const record = JSON.parse(line) as { text: string; tokens: { text: string }[] };
        expect(line).toBe(`${JSON.stringify(record)}\n`);
        expect(record.text).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it('cuts tokens at a span edge after a lone high surrogate followed by another character', () => {
    // Found by the property above: a lone \ud800 before `"` was taken for half of a pair, so
    // every cut after it landed one unit late and token 0 ran past the end of the text.
    const text = '\u0000\ud800"\ud800\'s\u0000\u0000\u0000\ud800';
    const line = writeSpansJsonl(bundle(doc(text, { spans: [span(8, 9, 'X')] }))).files[0]?.content;
    const record = JSON.parse(line ?? '') as {
      tokens: { text: string; start: number; end: number }[];
      spans: { token_start: number; token_end: number }[];
    };
    expect(record.tokens.map((t) => [t.text, t.start, t.end])).toEqual([
      ['\u0000\ud800"\ud800\'s\u0000\u0000', 0, 8],
      ['\u0000', 8, 9],
      ['\ud800', 9, 10],
    ]);
    expect(record.spans).toEqual([expect.objectContaining({ token_start: 1, token_end: 1 })]);
  });
});
