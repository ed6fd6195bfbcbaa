import { describe, expect, it } from 'vitest';
import { emptyLayer, layerSchema, rejectionSchema } from '../../../src/shared/model';

const HASH = `sha256:${'0'.repeat(64)}`;

function rejectedSpan(more: Record<string, unknown> = {}) {
  return {
    id: 'span:amira:s1',
    kind: 'span',
    annotator: 'amira',
    itemId: 's1',
    label: 'ORG',
    fragments: [{ start: 0, end: 11 }],
    ...more,
  };
}

describe('rejectionSchema', () => {
  it('reads a gold layer written before rejections were kept as rejecting nothing', () => {
    const layer = layerSchema.parse(emptyLayer('d1', HASH, 'gold'));
    expect(layer.rejected).toBeUndefined();
  });

  it('reads rejected spans and stances, keeping fields it does not know', () => {
    const stance = {
      id: 'stance:omar:st1',
      kind: 'stance',
      annotator: 'omar',
      itemId: 'st1',
      polarity: 'AGAINST',
      evidence: [[{ start: 8, end: 13 }]],
      target: 'topic:us-troops',
    };
    const layer = layerSchema.parse({
      ...emptyLayer('d1', HASH, 'gold'),
      rejected: [rejectedSpan({ reason: 'not an ORG' }), stance],
    });
    expect(layer.rejected).toEqual([rejectedSpan({ reason: 'not an ORG' }), stance]);
  });

  it('refuses a record with no annotator or with backwards offsets', () => {
    expect(rejectionSchema.safeParse(rejectedSpan({ annotator: '' })).success).toBe(false);
    const backwards = rejectedSpan({ fragments: [{ start: 11, end: 0 }] });
    expect(rejectionSchema.safeParse(backwards).success).toBe(false);
    expect(rejectionSchema.safeParse(rejectedSpan({ kind: 'relation' })).success).toBe(false);
  });
});
