import { describe, expect, it } from 'vitest';
import { mergeById } from '../../../src/renderer/src/model/mergeById';
import { span } from '../../helpers/span';

describe('mergeById', () => {
  const a = span(0, 5, 'PERSON', 'a');
  const b = span(6, 9, 'ORG', 'b');

  it('drops removed and replaced items and appends the upserted ones', () => {
    const b2 = span(6, 9, 'GPE', 'b');
    const c = span(10, 12, 'ORG', 'c');
    expect(mergeById([a, b], [b2, c], ['a'])).toEqual([b2, c]);
  });

  it('answers the same array when nothing is added and nothing it holds is removed', () => {
    const items = [a, b];
    expect(mergeById(items, [], [])).toBe(items);
    expect(mergeById(items, [], ['gone-already'])).toBe(items);
  });

  it('answers a new array when an item goes', () => {
    const items = [a, b];
    const next = mergeById(items, [], ['a']);
    expect(next).toEqual([b]);
    expect(items).toEqual([a, b]); // never mutated
  });
});
