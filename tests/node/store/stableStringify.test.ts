import { describe, expect, it } from 'vitest';
import { stableLine, stableStringify } from '../../../src/node/store/stableStringify';

/** Keys already in sorted order, none of them a preferred key: the output is JSON.stringify's. */
const value = {
  a: [1, 'two', null, true, { b: [], c: {} }],
  d: { e: undefined, f: -0.5, g: [[], [{}]] },
  h: '\u2028"quoted"\n',
  i: [undefined, () => 1],
};

describe('stableStringify', () => {
  it('writes what JSON.stringify(value, null, 2) writes when keys are in order', () => {
    expect(stableStringify(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('puts preferred keys first, then the rest sorted, and array-index keys before all', () => {
    expect(stableLine({ z: 1, label: 'X', id: 's1', 2: 'two', 10: 'ten' })).toBe(
      '{"2":"two","10":"ten","id":"s1","label":"X","z":1}',
    );
  });
});

describe('stableLine', () => {
  it('writes what JSON.stringify(value) writes when keys are in order', () => {
    expect(stableLine(value)).toBe(JSON.stringify(value));
    expect(stableLine(undefined)).toBe('null');
    expect(stableLine('text')).toBe('"text"');
  });
});
