import { describe, expect, it } from 'vitest';
import { FormatError, FormatErrors } from '../../../../src/shared/formats/common';

describe('FormatErrors', () => {
  it('is one line: the first error and how many more', () => {
    const first = new FormatError('a.ann', 3, 'T9 is not defined');
    expect(first.message).toBe('a.ann:3: T9 is not defined');
    expect(new FormatError('a.ann', undefined, 'no text').message).toBe('a.ann: no text');
    expect(new FormatErrors([first]).message).toBe('a.ann:3: T9 is not defined');
    expect(new FormatErrors([first, first, first]).message).toBe(
      'a.ann:3: T9 is not defined (and 2 more errors)',
    );
  });
});
