import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDoccano, writeDoccano } from '../../../../src/shared/formats';
import { bundleArb } from '../arbitraries';
import { canonical } from '../canonical';

describe('doccano round trip', () => {
  it('brings back offsets and labels of any text (sequence variant)', () => {
    fc.assert(
      fc.property(bundleArb({}), (bundle) => {
        const back = readDoccano(writeDoccano(bundle).files);
        expect(canonical(back, { name: true })).toEqual(canonical(bundle, { name: true }));
      }),
      { numRuns: 300 },
    );
  });

  it('brings back relations too (relation variant)', () => {
    fc.assert(
      fc.property(bundleArb({ relations: true }), (bundle) => {
        const back = readDoccano(writeDoccano(bundle).files);
        expect(canonical(back, { name: true, relations: true })).toEqual(
          canonical(bundle, { name: true, relations: true }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
