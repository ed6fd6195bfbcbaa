import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimEndOf } from '../../../src/shared/text';

describe('trimEndOf', () => {
  it('drops the run of the given characters at the end, as the regex replace does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\r', '.', 'é', '\uD83D') });
    fc.assert(
      fc.property(text, (s) => {
        expect(trimEndOf(s, ' \t\r')).toBe(s.replace(/[ \t\r]+$/u, ''));
        expect(trimEndOf(s, '. ')).toBe(s.replace(/[. ]+$/u, ''));
      }),
    );
  });

  it('keeps a text without such a run as it is, and empties one made only of them', () => {
    expect(trimEndOf('a\tb', ' \t')).toBe('a\tb');
    expect(trimEndOf('\t'.repeat(100_000), ' \t')).toBe('');
    expect(trimEndOf(`${'\t'.repeat(100_000)}x`, ' \t')).toHaveLength(100_001);
  });
});
