import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    // Unedited, the record comes back as it was: no name added, its keys in its order.
    expect(written.files).toEqual([{ path: 'a.jsonl', content: `${JSON.stringify(record)}\n` }]);
    const twice = readDoccano(written.files);
    expect(twice.documents).toEqual(once.documents);
  });

  it('writes text classification back under label, where doccano reads categories, with every label', () => {
    // TeamHeka/medkit tests/data/doccano/text_classification.jsonl, and a record of several
    // labels and Comments in the shape doccano 1.x exports text classification. They came back
    // as label: [] and cats: […], which doccano's text classification import reads as no label.
    const medkit = readFileSync(join(FIXTURES, 'medkit_text_classification.jsonl'), 'utf8');
    const several = { id: 7, text: 'Second text', label: ['header', 'footer'], Comments: ['nice'] };
    const once = readDoccano([
      { path: 'medkit_text_classification.jsonl', content: medkit },
      { path: 'several.jsonl', content: `${JSON.stringify(several)}\n` },
    ]);
    const written = writeDoccano(once);
    // Each goes back to its file as it was, its categories under label.
    expect(written.files).toEqual([
      { path: 'medkit_text_classification.jsonl', content: medkit },
      { path: 'several.jsonl', content: `${JSON.stringify(several)}\n` },
    ]);
    expect(readDoccano(written.files).documents).toEqual(once.documents);
    // A document read from no file goes to doccano.jsonl, its categories under label.
    const fresh = once.documents.map((doc) => ({ ...doc, metadata: undefined }));
    const lines = (writeDoccano({ ...once, documents: fresh }).files[0]?.content ?? '')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { label: unknown });
    expect(lines.map((l) => l.label)).toEqual([['header'], ['header', 'footer']]);
  });
});

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'doccano');
