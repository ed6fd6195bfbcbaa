import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLoupe, writeLoupe } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { bundleArb } from '../arbitraries';

const EVERYTHING = {
  discontinuous: true,
  entityLinks: true,
  attributes: 'any',
  notes: true,
  relations: true,
  relationNotes: true,
  stances: true,
  documentLabels: true,
} as const;

function withProvenance(bundle: FormatBundle): FormatBundle {
  return {
    ...bundle,
    documents: bundle.documents.map((doc, i) => ({
      ...doc,
      textHash: `sha256:${String(i).repeat(64)}`,
      annotator: 'amira',
      status: 'in_progress',
      updatedAt: '2020-01-10T12:00:00.000Z',
      spans: doc.spans.map((s) => ({
        ...s,
        author: 'amira',
        createdAt: '2020-01-10T12:00:00Z',
        updatedAt: '2020-01-10T12:00:00Z',
      })),
      relations: doc.relations.map((r, k) => ({ ...r, id: `r${k}` })),
      stances: doc.stances.map((s, k) => ({ ...s, id: `st${k}` })),
    })),
  };
}

describe('Loupe round trip', () => {
  it('brings back everything, ids and provenance included, byte for byte', () => {
    fc.assert(
      fc.property(bundleArb(EVERYTHING).map(withProvenance), (bundle) => {
        const written = writeLoupe(bundle);
        const back = readLoupe(written.files);
        expect(back.documents).toEqual(bundle.documents);
        expect(back.entities).toEqual(bundle.entities);
        expect(writeLoupe(back).files).toEqual(written.files);
        expect(written.summary.notExpressed).toEqual({});
      }),
      { numRuns: 200 },
    );
  });
});
