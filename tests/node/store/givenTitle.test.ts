import { describe, expect, it } from 'vitest';
import { givenTitle } from '../../../src/node/store';

describe('givenTitle: a title is an own entry of the manifest, never an inherited one', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s has none', (id) => {
    expect(givenTitle({ d1: 'Budget' }, id)).toBeUndefined();
  });

  it('reads a given title, and none without titles', () => {
    expect(givenTitle({ d1: 'Budget' }, 'd1')).toBe('Budget');
    expect(givenTitle(undefined, 'd1')).toBeUndefined();
  });
});
