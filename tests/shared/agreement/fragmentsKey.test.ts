import { describe, expect, it } from 'vitest';
import { fragmentsKey } from '../../../src/shared/agreement/fragmentsKey';

describe('fragmentsKey', () => {
  it('is equal exactly for equal offsets', () => {
    expect(
      fragmentsKey([
        { start: 2, end: 3 },
        { start: 7, end: 9 },
      ]),
    ).toBe('2-3,7-9');
    expect(fragmentsKey([{ start: 2, end: 37 }])).not.toBe(fragmentsKey([{ start: 23, end: 7 }]));
  });
});
