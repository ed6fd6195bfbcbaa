import { describe, expect, it } from 'vitest';
import { decodeLayerSnapshot, encodeLayerSnapshot } from '../../../src/node/store/layerSnapshot';
import { stableStringify } from '../../../src/node/store/stableStringify';
import { emptyLayer, type Layer } from '../../../src/shared/model';
import { fragmentOf } from '../../../src/shared/spans';
import { span } from '../../helpers/span';

const HASH = `sha256:${'a'.repeat(64)}`;

function layerWith(spans: Layer['spans']): Layer {
  return { ...emptyLayer('doc', HASH, 'tester'), status: 'in_progress', spans };
}

describe('layer snapshot files', () => {
  it('round-trips spans, with what the layer implies left out of each line', () => {
    const layer = layerWith([
      span(0, 4, 'PERSON', 's_1'),
      span(5, 9, 'ORG', 's_2', { author: 'amira', updatedAt: '2026-02-01T00:00:00.000Z' }),
      span(10, 20, 'GPE', 's_3', {
        fragments: [fragmentOf(10, 12), fragmentOf(15, 20)],
        attributes: { negated: true },
      }),
    ]);
    const text = encodeLayerSnapshot(layer, 7);
    expect(text).toContain(
      '\n    {"id":"s_1","label":"PERSON","start":0,"end":4,"createdAt":"2026-01-01T00:00:00.000Z"},\n',
    );
    expect(text).toContain('"author":"amira"');
    expect(text).toContain('"fragments":[{"start":10,"end":12},{"start":15,"end":20}]');
    expect(text).toContain('\n  "journalSeq": 7,\n');
    expect(decodeLayerSnapshot(text, 'f')).toEqual({ layer, journalSeq: 7 });
  });

  it('reads version 1 files, which spell every field out', () => {
    const layer = layerWith([span(0, 4, 'PERSON', 's_1')]);
    expect(decodeLayerSnapshot(stableStringify(layer), 'f')).toEqual({ layer, journalSeq: 0 });
  });

  it.each([
    ['[]', /annotations\/a\/d\.json: holds a JSON array, not the JSON object Loupe writes/],
    ['{"spans": []}', /annotations\/a\/d\.json: has no formatVersion \(this Loupe reads 1 and 2\)/],
    [
      '{"formatVersion": 2, "documentId": 7}',
      /annotations\/a\/d\.json: does not match the schema: documentId: expected string, received number/,
    ],
  ])('says what a file that is not a layer holds: %s', (raw, message) => {
    expect(() => decodeLayerSnapshot(raw, 'annotations/a/d.json')).toThrow(message);
  });

  it('names a bad span by its place in the list', () => {
    const raw = encodeLayerSnapshot(layerWith([span(0, 4, 'PERSON', 's_1')]), 0).replace(
      '"label":"PERSON"',
      '"label":7',
    );
    expect(() => decodeLayerSnapshot(raw, 'f')).toThrow(
      /^f: does not match the schema: spans\[0\]\.label: expected string, received number$/,
    );
  });

  it('refuses an unknown version with the file and what it reads', () => {
    expect(() => decodeLayerSnapshot('{"formatVersion": 9}', 'annotations/a/d.json')).toThrow(
      /annotations\/a\/d\.json: unknown format version 9 \(this Loupe reads 1 and 2\)/,
    );
  });

  it('holds a span made in the app in at most 120 bytes', () => {
    const spans = Array.from({ length: 1000 }, (_, i) =>
      span(
        100_000 + i * 50,
        100_000 + i * 50 + 12,
        'PERSON',
        `s_${(0xabcdef0123456 + i).toString(16).padStart(16, '0')}`,
        {
          createdAt: '2026-11-23T10:31:49.123Z',
          updatedAt: '2026-11-23T10:31:49.123Z',
        },
      ),
    );
    const empty = Buffer.byteLength(encodeLayerSnapshot(layerWith([]), 0));
    const full = Buffer.byteLength(encodeLayerSnapshot(layerWith(spans), 0));
    expect((full - empty) / spans.length).toBeLessThanOrEqual(120);
  });
});
