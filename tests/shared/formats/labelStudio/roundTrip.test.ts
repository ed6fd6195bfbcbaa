import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { bundleArb } from '../arbitraries';
import { canonical } from '../canonical';

describe('Label Studio round trip', () => {
  it('brings back offsets, labels, notes, text attributes, relations and document labels of any text', () => {
    const keeps = {
      name: true,
      attributes: true,
      notes: true,
      relations: true,
      documentLabels: true,
    };
    fc.assert(
      fc.property(
        bundleArb({ attributes: 'text', notes: true, relations: true, documentLabels: true }),
        (bundle) => {
          const back = readLabelStudio(writeLabelStudio(bundle).files);
          expect(canonical(back, keeps)).toEqual(canonical(bundle, keeps));
        },
      ),
      { numRuns: 300 },
    );
  });
});
