import { describe, expect, it } from 'vitest';
import { stackLevels } from '../../../src/renderer/src/editor/stackLevels';
import { span } from '../../helpers/span';

describe('stackLevels', () => {
  it('gives nested and overlapping spans different levels and reuses free ones', () => {
    const levels = stackLevels([
      span(0, 20, 'ORG', 'outer'),
      span(5, 10, 'PERSON', 'inner'),
      span(8, 25, 'GPE', 'cross'),
      span(30, 35, 'DATE', 'later'),
    ]);
    expect(levels.get('outer')).toBe(0);
    expect(levels.get('inner')).toBe(1);
    expect(levels.get('cross')).toBe(2);
    expect(levels.get('later')).toBe(0);
  });

  it('stacks spans with the same offsets', () => {
    const levels = stackLevels([span(0, 4, 'A', 'a'), span(0, 4, 'B', 'b')]);
    expect(new Set(levels.values())).toEqual(new Set([0, 1]));
  });
});
