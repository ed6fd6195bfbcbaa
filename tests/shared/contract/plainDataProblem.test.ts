import { describe, expect, it } from 'vitest';
import { plainDataProblem } from '../../../src/shared/contract';

describe('plainDataProblem', () => {
  it('accepts JSON-shaped data, null-prototype objects and absent (undefined) properties', () => {
    expect(plainDataProblem({ a: [1, 'x', null, true, { b: 2.5 }] })).toBeNull();
    expect(
      plainDataProblem(Object.assign(Object.create(null), { constructor: 'label' })),
    ).toBeNull();
    expect(plainDataProblem({ a: undefined })).toBeNull();
  });

  it('names the place of everything a transport would copy differently', () => {
    class Folder {
      path = '/p';
    }
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(plainDataProblem({ a: new Map() })).toBe('result.a is a Map');
    expect(plainDataProblem({ a: [new Set()] })).toBe('result.a[0] is a Set');
    expect(plainDataProblem({ when: new Date(0) })).toBe('result.when is a Date');
    expect(plainDataProblem(new Folder())).toBe('result is a Folder');
    expect(
      plainDataProblem(Object.defineProperty({}, 'x', { get: () => 1, enumerable: true })),
    ).toBe('result.x is a getter');
    expect(plainDataProblem({ f: () => 1 })).toBe('result.f is a function');
    expect(plainDataProblem({ n: Number.NaN })).toBe('result.n is NaN');
    expect(plainDataProblem({ big: 1n })).toBe('result.big is a bigint');
    expect(plainDataProblem({ [Symbol('s')]: 1 })).toBe('result has symbol keys');
    expect(plainDataProblem(cyclic)).toBe('result.self refers back to itself');
    const fine = { id: 's', fragments: [{ start: 0, end: 5 }] };
    expect(
      plainDataProblem({ spans: [fine, fine, { ...fine, fragments: [fine, new Set()] }] }),
    ).toBe('result.spans[2].fragments[1] is a Set');
  });

  it('lets the same object appear twice without calling it a cycle', () => {
    const shared = { a: 1 };
    expect(plainDataProblem({ x: shared, y: [shared] })).toBeNull();
  });
});
