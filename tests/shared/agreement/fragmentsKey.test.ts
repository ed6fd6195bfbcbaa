import { describe, expect, it } from 'vitest';
import { fragmentsKey } from '../../../src/shared/agreement/fragmentsKey';
import { fragmentOf } from '../../../src/shared/spans';

describe('fragmentsKey', () => {
  it('is equal exactly for equal offsets', () => {
    expect(fragmentsKey([fragmentOf(2, 3), fragmentOf(7, 9)])).toBe('2-3,7-9');
    expect(fragmentsKey([fragmentOf(2, 37)])).not.toBe(fragmentsKey([fragmentOf(23, 7)]));
  });
});
