import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/shared/model';
import { diffSpans, fragmentOf } from '../../../src/shared/spans';

function span(start: number, end: number, id = `s${start}`): Span {
  return {
    id,
    label: 'ORG',
    fragments: [fragmentOf(start, end)],
    author: 'a',
    createdAt: '2020-01-10T12:00:00.000Z',
    updatedAt: '2020-01-10T12:00:00.000Z',
  };
}

describe('diffSpans', () => {
  const a = span(0, 3);
  const b = span(4, 8);
  const c = span(9, 12);

  it('finds an appended span', () => {
    expect(diffSpans([a, b], [a, b, c])).toEqual({ removed: [], added: [c] });
  });

  it('finds a removed span in the middle', () => {
    expect(diffSpans([a, b, c], [a, c])).toEqual({ removed: [b], added: [] });
  });

  it('counts an edited span (a new object) as removed and added', () => {
    const edited = { ...b, label: 'GPE' };
    expect(diffSpans([a, b, c], [a, c, edited])).toEqual({ removed: [b], added: [edited] });
  });

  it('finds nothing between equal lists', () => {
    expect(diffSpans([a, b], [a, b])).toEqual({ removed: [], added: [] });
  });
});
