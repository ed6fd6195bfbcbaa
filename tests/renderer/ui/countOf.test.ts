import { describe, expect, it } from 'vitest';
import { countOf } from '../../../src/renderer/src/ui/countOf';

describe('countOf', () => {
  it('says "1 document" and "0 documents", as English plural rules (CLDR) have it', () => {
    expect(countOf(1, 'document')).toBe('1 document');
    expect(countOf(0, 'document')).toBe('0 documents');
    expect(countOf(2, 'entity', 'entities')).toBe('2 entities');
    expect(countOf(1234, 'span')).toBe('1,234 spans');
  });
});
