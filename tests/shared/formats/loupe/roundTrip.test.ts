import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLoupe, writeLoupe } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { bundleArb } from '../arbitraries';
import { fragmentOf } from '../../../../src/shared/spans';

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

describe('loupe round trip of what brat, doccano and Label Studio bring', () => {
  it('keeps events, relation roles, equivalence sets, normalizations and metadata', () => {
    const text = 'Wikinews reported Google and YouTube merged.';
    const bundle: FormatBundle = {
      documents: [
        {
          name: 'merge',
          text,
          spans: [
            {
              id: 'T1',
              label: 'Organization',
              fragments: [fragmentOf(18, 24)],
              normalizations: [{ db: 'Wikipedia', key: '64488', text: 'Google' }],
            },
            { id: 'T2', label: 'Organization', fragments: [fragmentOf(29, 36)] },
            { id: 'T3', label: 'Merge-org', fragments: [fragmentOf(37, 43)] },
          ],
          relations: [
            { id: 'R1', type: 'Origin', from: 'E1', to: 'T1', fromRole: 'A', toRole: 'B' },
          ],
          stances: [],
          entities: [],
          documentLabels: {},
          events: [
            {
              id: 'E1',
              type: 'Merge-org',
              trigger: 'T3',
              arguments: [
                { role: 'Org-Arg', ref: 'T1' },
                { role: 'Org-Arg2', ref: 'T2' },
              ],
              attributes: { Negation: true },
              note: 'one merge?',
            },
          ],
          equivalences: [{ type: 'Equiv', members: ['T1', 'T2'] }],
          metadata: { doc_id: 7, meta: { source: 'wire' } },
        },
      ],
      entities: [],
      labels: ['Merge-org', 'Organization'],
      warnings: [],
    };
    const back = readLoupe(writeLoupe(bundle).files);
    expect(back.documents).toEqual(bundle.documents);
  });
});
