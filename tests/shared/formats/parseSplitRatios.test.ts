import { describe, expect, it } from 'vitest';
import { parseSplitRatios } from '../../../src/shared/formats';

describe('parseSplitRatios', () => {
  it('reads train/dev/test and train/test, as percentages or fractions', () => {
    expect(parseSplitRatios('80/10/10')).toEqual([80, 10, 10]);
    expect(parseSplitRatios('0.9/0.1')).toEqual([0.9, 0, 0.1]);
  });

  it.each(['80', '80/10/5/5', '80/x/10', '-80/10/10', '0/0/0', ''])('rejects %j', (text) => {
    expect(() => parseSplitRatios(text)).toThrow(RangeError);
  });
});
