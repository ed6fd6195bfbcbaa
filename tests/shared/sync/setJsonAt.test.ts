import { describe, expect, it } from 'vitest';
import { setJsonAt } from '../../../src/shared/sync';

describe('setJsonAt', () => {
  it('replaces the value at a path of keys and list ids', () => {
    const root = { spans: [{ id: 's1', label: 'PER' }], status: 'todo' };
    expect(setJsonAt(root, ['spans', 's1', 'label'], 'ORG')).toEqual({
      spans: [{ id: 's1', label: 'ORG' }],
      status: 'todo',
    });
  });

  it('makes a key named like an Object.prototype member from nothing, never from the member', () => {
    expect(setJsonAt({}, ['constructor', 'name', 'x'], 1)).toEqual({
      constructor: { name: { x: 1 } },
    });
    expect(setJsonAt({}, ['toString', 'length', 'x'], 1)).toEqual({
      toString: { length: { x: 1 } },
    });
    const made = setJsonAt({}, ['__proto__', 'x'], 1);
    expect(made).toEqual(JSON.parse('{"__proto__":{"x":1}}'));
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
  });
});
