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

  it('brings back categories and the metadata a doccano file came with, and the emoji offsets', () => {
    const record = {
      id: 2578,
      doc_id: 17,
      text: '😀 Find a flight from Memphis to Tacoma',
      label: [[21, 28, 'City']],
      cats: ['flight', 'airfare'],
      meta: { source: 'atis' },
      annotation_approver: null,
    };
    const once = readDoccano([{ path: 'a.jsonl', content: `${JSON.stringify(record)}\n` }]);
    const written = writeDoccano(once);
    expect(written.summary.notExpressed).toEqual({});
    const line = JSON.parse(written.files[0]?.content ?? '') as Record<string, unknown>;
    expect(line).toEqual({ ...record, name: '2578' });
    const twice = readDoccano(written.files);
    expect(twice.documents).toEqual(once.documents);
  });
});
