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
});
