import { describe, expect, it } from 'vitest';
import { mergeJson, type Json } from '../../../src/shared/sync';

function label(name: string, description?: string): Json {
  return description === undefined ? { name } : { name, description };
}

describe('mergeJson', () => {
  it('takes the side that changed a value', () => {
    expect(mergeJson({ a: 1 }, { a: 1 }, { a: 2 }).value).toEqual({ a: 2 });
    expect(mergeJson({ a: 1 }, { a: 3 }, { a: 1 }).value).toEqual({ a: 3 });
  });

  it('unites labels added on both sides and applies a rename from one side', () => {
    const base = { labels: [label('PER'), label('ORG')] };
    const ours = { labels: [label('PER'), label('ORG'), label('GPE')] };
    const theirs = { labels: [label('PERSON'), label('ORG')] };
    const merged = mergeJson(base, ours, theirs);
    expect(merged.value).toEqual({ labels: [label('ORG'), label('GPE'), label('PERSON')] });
    expect(merged.conflicts).toEqual([]);
  });

  it('applies a deletion from one side unless the other side changed the item', () => {
    const base = { labels: [label('PER', 'people'), label('ORG')] };
    const ours = { labels: [label('ORG')] };
    const theirs = { labels: [label('PER', 'people, real or not'), label('ORG')] };
    expect(mergeJson(base, ours, theirs).value).toEqual({
      labels: [label('ORG'), label('PER', 'people, real or not')],
    });
    expect(mergeJson(base, ours, base).value).toEqual({ labels: [label('ORG')] });
  });

  it('unites aliases as sets and applies removals', () => {
    const base = { aliases: ['Abdel Mahdi', 'Mahdi'] };
    const ours = { aliases: ['Abdel Mahdi', 'Mahdi', 'Adil Abdul-Mahdi'] };
    const theirs = { aliases: ['Abdel Mahdi', 'Abdul Mahdi'] };
    expect(mergeJson(base, ours, theirs).value).toEqual({
      aliases: ['Abdel Mahdi', 'Adil Abdul-Mahdi', 'Abdul Mahdi'],
    });
  });

  it('reports a value changed two ways as a conflict and keeps ours meanwhile', () => {
    const merged = mergeJson(
      { id: 'e1', name: 'Abdul-Mahdi' },
      { id: 'e1', name: 'Adel Abdul-Mahdi' },
      { id: 'e1', name: 'Adil Abdul-Mahdi' },
    );
    expect(merged.value).toEqual({ id: 'e1', name: 'Adel Abdul-Mahdi' });
    expect(merged.conflicts).toEqual([
      { path: ['name'], base: 'Abdul-Mahdi', ours: 'Adel Abdul-Mahdi', theirs: 'Adil Abdul-Mahdi' },
    ]);
  });

  it('merges items of a list by id, field by field', () => {
    const base = { spans: [{ id: 's1', label: 'PER', note: 'x' }] };
    const ours = { spans: [{ id: 's1', label: 'ORG', note: 'x' }] };
    const theirs: Json = {
      spans: [
        { id: 's1', label: 'PER', note: 'y' },
        { id: 's2', label: 'GPE' },
      ],
    };
    expect(mergeJson(base, ours, theirs)).toEqual({
      value: {
        spans: [
          { id: 's1', label: 'ORG', note: 'y' },
          { id: 's2', label: 'GPE' },
        ],
      },
      conflicts: [],
    });
  });

  it('is symmetric up to order when there is no conflict', () => {
    const base = { a: [1, 2], b: { c: 'x' } };
    const ours = { a: [1, 2, 3], b: { c: 'x' } };
    const theirs = { a: [2], b: { c: 'y' } };
    expect(mergeJson(base, ours, theirs).value).toEqual(mergeJson(base, theirs, ours).value);
  });

  it('merges fields named __proto__ and constructor as fields: no prototype is read or replaced', () => {
    const parse = (text: string) => JSON.parse(text) as Json;
    const base = parse('{"constructor":1}');
    const ours = parse('{"constructor":2,"__proto__":{"polluted":"yes"}}');
    const theirs = parse('{"constructor":1,"toString":"kept"}');
    const merged = mergeJson(base, ours, theirs);
    const value = merged.value as Record<string, Json>;
    expect(merged.conflicts).toEqual([]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(JSON.stringify(value)).toBe(
      '{"constructor":2,"__proto__":{"polluted":"yes"},"toString":"kept"}',
    );
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
