import { describe, expect, it } from 'vitest';
import { keptJsonText, keptList } from '../../../../src/shared/formats/spansJsonl/keptJson';

describe('members a Prodigy record kept', () => {
  const tokens = '[{"text":"a","start":0,"end":1,"id":0}]';

  it('are written as the JSON text they were kept as, keys in the file order', () => {
    expect(keptJsonText(tokens)).toBe(tokens);
    expect(keptList(tokens)).toEqual([{ text: 'a', start: 0, end: 1, id: 0 }]);
  });

  it('kept as values by projects imported before Loupe kept the text are written as JSON', () => {
    expect(keptJsonText([{ text: 'a' }])).toBe('[{"text":"a"}]');
    expect(keptList([{ text: 'a' }])).toEqual([{ text: 'a' }]);
    // A string no JSON text was a value a record held: written as a string.
    expect(keptJsonText('no json')).toBe('"no json"');
    expect(keptList('no json')).toBeNull();
  });
});
