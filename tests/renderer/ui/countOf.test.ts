import { describe, expect, it } from 'vitest';
import { countOf } from '../../../src/renderer/src/ui/countOf';

describe('countOf', () => {
  it('says "1 document" and "0 documents", as English plural rules (CLDR) have it', () => {
    expect(countOf(1, 'document')).toBe('1 document');
    expect(countOf(0, 'document')).toBe('0 documents');
    expect(countOf(2, 'entity', 'entities')).toBe('2 entities');
    expect(countOf(1234, 'span')).toBe('1,234 spans');
  });

  it('agrees with Intl (en) on every count it writes by hand', () => {
    const rules = new Intl.PluralRules('en');
    const numbers = new Intl.NumberFormat('en');
    for (const count of [-1234, -1, 0, 1, 2, 11, 21, 999, 1000, 22_000, 1_234_567, 1.5, 2.25])
      expect(countOf(count, 'span')).toBe(
        `${numbers.format(count)} ${rules.select(count) === 'one' ? 'span' : 'spans'}`,
      );
  });
});
