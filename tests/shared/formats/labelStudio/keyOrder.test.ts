import { describe, expect, it } from 'vitest';
import { inKeyOrderOf } from '../../../../src/shared/formats/labelStudio/keyOrder';

/** The keys of a value and of every object in it, in order, as JSON writes them. */
function keysOf(value: unknown): string {
  return JSON.stringify(value);
}

describe('inKeyOrderOf', () => {
  it("puts an object's keys in the order of the object it stands for, new keys after", () => {
    const written = { id: 3, data: { text: 'a', name: 'n' }, annotations: [] };
    const like = { annotations: [], data: { text: 'a' }, id: 3 };
    expect(keysOf(inKeyOrderOf(written, like))).toBe(
      '{"annotations":[],"data":{"text":"a","name":"n"},"id":3}',
    );
  });

  it('pairs results by id, control and type, a new one with one of its type', () => {
    const label = (id: string) => ({
      id,
      from_name: 'ner',
      to_name: 'text',
      type: 'labels',
      value: { start: 0, end: 1, labels: ['X'] },
    });
    const choice = { id: 'c', from_name: 'topic', to_name: 'text', type: 'choices', value: {} };
    const like = [
      { type: 'choices', value: {}, id: 'c', to_name: 'text', from_name: 'topic' },
      {
        value: { labels: ['X'], end: 1, start: 0 },
        type: 'labels',
        id: 'a',
        from_name: 'ner',
        to_name: 'text',
      },
    ];
    expect(keysOf(inKeyOrderOf([label('a'), choice, label('new')], like))).toBe(
      JSON.stringify([like[1], like[0], { ...like[1], id: 'new' }]),
    );
  });

  it('keeps a key named __proto__ as a key', () => {
    const written: unknown = JSON.parse('{"__proto__": 1, "a": 2}');
    const ordered = inKeyOrderOf(written, JSON.parse('{"a": 0, "__proto__": 0}'));
    expect(JSON.stringify(ordered)).toBe('{"a":2,"__proto__":1}');
  });
});
