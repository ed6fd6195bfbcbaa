import { describe, expect, it } from 'vitest';
import {
  rejectedKeys,
  rejectionKey,
  spanKey,
  spanRejection,
  stanceKey,
  stanceRejection,
} from '../../../src/shared/review';
import { topicStance } from '../../helpers/annotatorLayer';
import { span } from '../../helpers/span';

describe('rejection keys', () => {
  it('match a span by label and fragments, whoever made it and whatever its id', () => {
    const record = spanRejection('amira', span(16, 32, 'ORG', 'a2'));
    expect(record.id).toBe('span:amira:a2');
    expect(rejectionKey(record)).toBe(spanKey(span(16, 32, 'ORG', 'other')));
    expect(rejectionKey(record)).not.toBe(spanKey(span(16, 32, 'PERSON', 'a2')));
  });

  it('match a stance as review compares stances: evidence offsets, target, polarity, holder', () => {
    const quote = span(64, 74, 'QUOTE', 'q');
    const spans = new Map([[quote.id, quote]]);
    const stance = {
      ...topicStance('st', 'AGAINST', [quote]),
      holder: { kind: 'span' as const, spanId: 'q' },
    };
    const record = stanceRejection('omar', stance, spans);
    expect(record).toMatchObject({
      evidence: [[{ start: 64, end: 74 }]],
      holder: 'span:64-74',
      target: 'topic:us-troop-presence',
    });
    expect(rejectionKey(record)).toBe(stanceKey(stance, spans));
    const other = { ...stance, polarity: 'FAVOR' };
    expect(rejectionKey(record)).not.toBe(stanceKey(other, spans));
  });

  it('reads no list as no rejections', () => {
    expect(rejectedKeys(undefined)).toEqual({ spans: new Set(), stances: new Set() });
  });
});
