import { describe, expect, it } from 'vitest';
import { matchDocuments } from '../../../scripts/interop/matchDocuments';
import { goldDocument } from './goldSpan';

const a = goldDocument('a', 'Iraq Iran\ttalks', []);
const b = goldDocument('b', 'Mr.\u00a0Pompeo', []);

describe('matchDocuments', () => {
  it('pairs by identical text, then by the characters outside whitespace', () => {
    const match = matchDocuments([a, b], ['Mr. Pompeo', 'Iraq Iran\ttalks'], (t) => t);
    expect(match.pairs.map(([doc, t]) => [doc.name, t])).toEqual([
      ['a', 'Iraq Iran\ttalks'],
      ['b', 'Mr. Pompeo'],
    ]);
    expect(match.unmatched).toEqual([]);
  });

  it('lists gold documents without a partner and items that match no gold text', () => {
    const match = matchDocuments([a, b], ['Iraq Iran talks', '-DOCSTART-'], (t) => t);
    expect(match.unmatched).toEqual([
      'b: no exported document has this text',
      'an exported document matches no gold text: "-DOCSTART-"',
    ]);
  });
});
