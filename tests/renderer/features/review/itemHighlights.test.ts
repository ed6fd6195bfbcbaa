import { describe, expect, it } from 'vitest';
import {
  itemHighlights,
  itemIdOf,
} from '../../../../src/renderer/src/features/review/itemHighlights';
import { reviewSpans } from '../../../../src/shared/review';
import { span } from '../../../helpers/span';

describe('itemHighlights', () => {
  it('draws one highlight per version, labelled by class, grey once decided or rejected', () => {
    const items = reviewSpans(
      [span(0, 5, 'PERSON', 'a1'), span(10, 15, 'PERSON', 'a2'), span(20, 25, 'GPE', 'a3')],
      [span(0, 5, 'PERSON', 'b1'), span(10, 15, 'ORG', 'b2')],
      [span(10, 15, 'ORG', 'g2')],
    );
    const drawn = itemHighlights(items, new Set(['span:a3:']));
    expect(drawn.map((s) => [s.id, s.label, s.fragments[0]?.start])).toEqual([
      ['span:a1:b1#a', 'agreed', 0],
      ['span:a2:b2#a', 'decided', 10],
      ['span:a2:b2#b', 'decided', 10],
      ['span:a3:#a', 'decided', 20],
    ]);
    expect(itemIdOf('span:a2:b2#b')).toBe('span:a2:b2');
  });
});
