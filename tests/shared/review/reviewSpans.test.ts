import { describe, expect, it } from 'vitest';
import { reviewSpans } from '../../../src/shared/review';
import { span } from '../../helpers/span';

function classes(
  items: ReturnType<typeof reviewSpans>,
): [string, string | undefined, string | undefined][] {
  return items.map((i) => [i.class, i.a?.id, i.b?.id]);
}

describe('reviewSpans', () => {
  it('classifies agreed, label and boundary conflicts, A-only and B-only', () => {
    const a = [
      span(0, 5, 'PERSON', 'a1'),
      span(10, 15, 'PERSON', 'a2'),
      span(20, 25, 'GPE', 'a3'),
      span(30, 35, 'ORG', 'a4'),
      span(40, 45, 'GPE', 'a5'),
    ];
    const b = [
      span(0, 5, 'PERSON', 'b1'),
      span(10, 15, 'ORG', 'b2'),
      span(18, 25, 'GPE', 'b3'),
      span(32, 38, 'GPE', 'b4'),
      span(50, 55, 'DATE', 'b5'),
    ];
    expect(classes(reviewSpans(a, b, []))).toEqual([
      ['agreed', 'a1', 'b1'],
      ['label_conflict', 'a2', 'b2'],
      ['boundary_conflict', 'a3', 'b3'],
      ['label_conflict', 'a4', 'b4'],
      ['a_only', 'a5', undefined],
      ['b_only', undefined, 'b5'],
    ]);
  });

  it('reports which versions gold holds, and gold spans of neither annotator', () => {
    const a = [span(0, 5, 'PERSON', 'a1'), span(10, 15, 'PERSON', 'a2'), span(20, 25, 'GPE', 'a3')];
    const b = [span(0, 5, 'PERSON', 'b1'), span(10, 15, 'ORG', 'b2')];
    const gold = [
      span(0, 5, 'PERSON', 'g1'),
      span(10, 15, 'ORG', 'g2'),
      span(60, 62, 'DATE', 'g3'),
    ];
    const items = reviewSpans(a, b, gold);
    expect(items.map((i) => [i.class, i.gold])).toEqual([
      ['agreed', 'both'],
      ['label_conflict', 'b'],
      ['a_only', 'open'],
      ['gold_only', 'gold'],
    ]);
    expect(items[3]).toMatchObject({
      id: 'gold-span:g3',
      start: 60,
      end: 62,
      goldSpan: { id: 'g3' },
    });
  });

  it('gives items stable ids from the span ids', () => {
    const items = reviewSpans([span(0, 5, 'PERSON', 'a1')], [span(0, 6, 'PERSON', 'b1')], []);
    expect(items.map((i) => [i.id, i.start, i.end])).toEqual([['span:a1:b1', 0, 6]]);
  });
});
