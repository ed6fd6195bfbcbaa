import { describe, expect, it } from 'vitest';
import { documentMetadataSchema, isJsonData, ownJson } from '../../../src/shared/model';

describe('ownJson', () => {
  it('keeps a key named __proto__ at any depth as an own key, where z.json() dropped it', () => {
    const input: unknown = JSON.parse('{"__proto__": {"x": 1}, "a": [{"__proto__": 2}]}');
    const kept = ownJson.parse(input);
    expect(JSON.stringify(kept)).toBe('{"__proto__":{"x":1},"a":[{"__proto__":2}]}');
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
  });

  it('keeps them through document metadata, with names Object.prototype holds', () => {
    const input = JSON.parse('{"__proto__": "p", "constructor": 1, "toString": {"__proto__": 3}}');
    const metadata = documentMetadataSchema.parse(input);
    expect(JSON.stringify(metadata)).toBe(
      '{"__proto__":"p","constructor":1,"toString":{"__proto__":3}}',
    );
  });

  it('refuses what JSON cannot carry, however deep', () => {
    for (const bad of [undefined, Number.NaN, Infinity, () => 1, new Date(0), new Map(), 1n])
      expect([bad, isJsonData({ a: [{ b: bad }] })]).toEqual([bad, false]);
    expect(ownJson.safeParse({ a: undefined }).success).toBe(false);
    expect(isJsonData([1, 'b', null, true, { c: [] }])).toBe(true);
  });

  it('walks 100 000 levels without recursion, and stops past a given depth', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(isJsonData(deep)).toBe(true);
    expect(isJsonData([[[1]]], 3)).toBe(true);
    expect(isJsonData([[[1]]], 2)).toBe(false);
  });
});
