import { describe, expect, it } from 'vitest';
import { isOneOf } from '../../../src/shared/collections';

describe('isOneOf', () => {
  const FORMATS = ['brat', 'conll'] as const;

  it('answers true for a member and false for anything else', () => {
    expect(isOneOf(FORMATS, 'brat')).toBe(true);
    expect(isOneOf(FORMATS, 'Brat')).toBe(false);
    expect(isOneOf(FORMATS, undefined)).toBe(false);
    expect(isOneOf(FORMATS, ['brat'])).toBe(false);
  });
});
