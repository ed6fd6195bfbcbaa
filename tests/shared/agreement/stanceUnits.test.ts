import { describe, expect, it } from 'vitest';
import { stanceUnits } from '../../../src/shared/agreement/stanceUnits';
import { layer, span, stance } from './build';

describe('stanceUnits', () => {
  it('pairs stances by evidence offsets, not span ids, and keeps each polarity', () => {
    const a = span(0, 9, 'QUOTE');
    const b = span(0, 9, 'QUOTE');
    const units = stanceUnits([
      {
        id: 'd1',
        layers: [layer([a], [stance('AGAINST', [a])]), layer([b], [stance('FAVOR', [b])])],
      },
    ]);
    expect(units).toEqual([
      {
        documentId: 'd1',
        evidence: [[{ start: 0, end: 9 }]],
        target: 'topic:us-troops',
        polarities: ['AGAINST', 'FAVOR'],
      },
    ]);
  });

  it('keeps different targets, different evidence and different documents apart; missing is null', () => {
    const a = span(0, 9);
    const b = span(0, 9);
    const c = span(10, 20);
    const units = stanceUnits([
      {
        id: 'd1',
        layers: [
          layer(
            [a],
            [stance('AGAINST', [a]), stance('NONE', [a], { kind: 'entity', entityId: 'e_iraq' })],
          ),
          layer([b, c], [stance('AGAINST', [b]), stance('FAVOR', [c])]),
        ],
      },
      { id: 'd2', layers: [layer([a], [stance('AGAINST', [a])]), layer([], [])] },
    ]);
    expect(units.map((u) => [u.documentId, u.target, u.polarities])).toEqual([
      ['d1', 'topic:us-troops', ['AGAINST', 'AGAINST']],
      ['d1', 'entity:e_iraq', ['NONE', null]],
      ['d1', 'topic:us-troops', [null, 'FAVOR']],
      ['d2', 'topic:us-troops', ['AGAINST', null]],
    ]);
  });

  it('matches span targets and multi-span evidence by offsets, in any order', () => {
    const [quote1, quote2, holder1] = [span(0, 5), span(8, 12), span(20, 30, 'PER')];
    const [quote3, quote4, holder2] = [span(8, 12), span(0, 5), span(20, 30, 'PER')];
    const target = (s: { id: string }) => ({ kind: 'span' as const, spanId: s.id });
    const units = stanceUnits([
      {
        id: 'd1',
        layers: [
          layer([quote1, quote2, holder1], [stance('FAVOR', [quote1, quote2], target(holder1))]),
          layer(
            [quote3, quote4, holder2],
            [stance('FAVOR', [quote3, quote4, quote3], target(holder2))],
          ),
        ],
      },
    ]);
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ target: 'span:20-30', polarities: ['FAVOR', 'FAVOR'] });
  });

  it("counts an annotator's first stance on a unit and skips evidence that resolves to no span", () => {
    const a = span(0, 9);
    const units = stanceUnits([
      {
        id: 'd1',
        layers: [
          layer([a], [stance('AGAINST', [a]), stance('FAVOR', [a]), stance('FAVOR', [span(1, 2)])]),
          layer([], []),
        ],
      },
    ]);
    expect(units.map((u) => u.polarities)).toEqual([['AGAINST', null]]);
  });

  it('refuses documents with a different number of layers', () => {
    expect(() =>
      stanceUnits([
        { id: 'd1', layers: [layer([]), layer([])] },
        { id: 'd2', layers: [layer([])] },
      ]),
    ).toThrow(RangeError);
  });
});
