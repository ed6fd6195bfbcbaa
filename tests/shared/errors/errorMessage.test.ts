import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/shared/errors';

describe('errorMessage', () => {
  it("reads an Error's or an error-like object's message", () => {
    expect(errorMessage(new RangeError('out of range'))).toBe('out of range');
    expect(errorMessage({ message: 'from a worker' })).toBe('from a worker');
  });

  it('turns anything else thrown into text', () => {
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(null)).toBe('null');
  });
});
