import { describe, expect, it } from 'vitest';
import type { Span, Stance } from '../../../src/shared/model';
import { reviewStances, type DescribeRef, type ReviewLayer } from '../../../src/shared/review';
import { topicStance } from '../../helpers/annotatorLayer';
import { span } from '../../helpers/span';

const describeRef: DescribeRef = (ref, spans) =>
  ref.kind === 'span'
    ? (spans.get(ref.spanId)?.label ?? null)
    : ref.kind === 'topic'
      ? ref.topicId
      : ref.entityId;

function layer(spans: Span[], stances: Stance[] = []): ReviewLayer {
  return { spans, stances };
}

describe('reviewStances', () => {
  it('pairs stances by evidence offsets and target, whatever the span ids', () => {
    const qa = [
      span(0, 9, 'QUOTE', 'qa1'),
      span(20, 29, 'QUOTE', 'qa2'),
      span(40, 49, 'QUOTE', 'qa3'),
      span(60, 69, 'QUOTE', 'qa4'),
    ];
    const qb = [
      span(0, 9, 'QUOTE', 'qb1'),
      span(20, 29, 'QUOTE', 'qb2'),
      span(42, 49, 'QUOTE', 'qb3'),
      span(80, 89, 'QUOTE', 'qb5'),
    ];
    const a = layer(qa, [
      topicStance('sa1', 'FAVOR', [qa[0]!]),
      topicStance('sa2', 'AGAINST', [qa[1]!]),
      topicStance('sa3', 'AGAINST', [qa[2]!]),
      topicStance('sa4', 'NONE', [qa[3]!]),
    ]);
    const b = layer(qb, [
      topicStance('sb1', 'FAVOR', [qb[0]!]),
      topicStance('sb2', 'FAVOR', [qb[1]!]),
      topicStance('sb3', 'AGAINST', [qb[2]!]),
      topicStance('sb5', 'NONE', [qb[3]!]),
    ]);
    const items = reviewStances(a, b, layer([]), describeRef);
    expect(items.map((i) => [i.class, i.a?.stance.id, i.b?.stance.id])).toEqual([
      ['agreed', 'sa1', 'sb1'],
      ['label_conflict', 'sa2', 'sb2'],
      ['boundary_conflict', 'sa3', 'sb3'],
      ['a_only', 'sa4', undefined],
      ['b_only', undefined, 'sb5'],
    ]);
    expect(items[0]?.a).toMatchObject({
      evidence: [[{ start: 0, end: 9 }]],
      target: 'us-troop-presence',
      holder: null,
    });
  });

  it('a different target makes two stances on one quote one-sided, and gold is matched by offsets', () => {
    const q = span(0, 9, 'QUOTE', 'q');
    const g = span(0, 9, 'QUOTE', 'g');
    const a = layer([q], [topicStance('sa', 'FAVOR', [q])]);
    const b = layer([q], [topicStance('sb', 'FAVOR', [q], 'troop-withdrawal')]);
    const gold = layer([g], [topicStance('sg', 'FAVOR', [g], 'troop-withdrawal')]);
    expect(reviewStances(a, b, gold, describeRef).map((i) => [i.class, i.gold])).toEqual([
      ['a_only', 'open'],
      ['b_only', 'b'],
    ]);
  });
});
