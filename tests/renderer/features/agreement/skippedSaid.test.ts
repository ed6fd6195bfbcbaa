import { describe, expect, it } from 'vitest';
import { skippedSaid } from '../../../../src/renderer/src/features/agreement/skippedSaid';

describe('skippedSaid', () => {
  it('names the documents each annotator skipped, left out of agreement', () => {
    expect(skippedSaid({ skipped: { alice: 1, bo: 2 } })).toBe(
      'Left out: 1 document alice skipped, 2 documents bo skipped',
    );
  });

  it('says nothing when no one skipped a document', () => {
    expect(skippedSaid({})).toBeNull();
  });
});
