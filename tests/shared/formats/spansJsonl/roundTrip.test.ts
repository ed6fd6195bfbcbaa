import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import { bundleArb } from '../arbitraries';
import { canonical } from '../canonical';

describe('spans JSONL round trip', () => {
  it('brings back offsets and labels of any text, and its own token indices check out', () => {
    fc.assert(
      fc.property(bundleArb({}), (bundle) => {
        const back = readSpansJsonl(writeSpansJsonl(bundle).files);
        expect(canonical(back, { name: true })).toEqual(canonical(bundle, { name: true }));
      }),
      { numRuns: 300 },
    );
  });
});
