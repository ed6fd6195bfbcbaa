import { describe, expect, it } from 'vitest';
import { findSuggestions, suggestionKey } from '../../../src/renderer/src/model/findSuggestions';
import { span } from '../../helpers/span';
import { entity } from '../helpers/modelData';

const TEXT = 'Abdel Mahdi spoke. Adel Abdul-Mahdi left. Abdel Mahdi stayed.';

describe('findSuggestions', () => {
  it('finds names and aliases where no span is, in text order', () => {
    const found = findSuggestions(
      'd1',
      TEXT,
      [span(19, 35)],
      [entity('e1', 'Adel Abdul-Mahdi', ['Abdel Mahdi'])],
      new Set(),
    );
    expect(found.map((s) => [s.start, s.text])).toEqual([
      [0, 'Abdel Mahdi'],
      [42, 'Abdel Mahdi'],
    ]);
  });

  it('leaves out dismissed suggestions and names shorter than three code points', () => {
    const dismissed = new Set([suggestionKey('d1', { start: 0, end: 11 })]);
    const found = findSuggestions(
      'd1',
      TEXT,
      [],
      [entity('e1', 'Abdel Mahdi'), entity('e2', 'Ab')],
      dismissed,
    );
    expect(found.map((s) => s.start)).toEqual([42]);
  });
});
