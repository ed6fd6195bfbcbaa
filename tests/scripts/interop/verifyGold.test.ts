import { describe, expect, it } from 'vitest';
import { HARD_CASES } from '../../../scripts/interop/hardCases';
import { verifyGold } from '../../../scripts/interop/verifyGold';
import { goldDocument } from './goldSpan';

describe('verifyGold', () => {
  it('finds the hard cases sound: every span text is text[start:end] in code points', () => {
    expect(verifyGold(HARD_CASES)).toEqual([]);
  });

  it('names a span whose offsets do not cover its text', () => {
    const doc = goldDocument('d', '😀 Iraq', [
      { id: 'T1', label: 'GPE', start: 1, end: 5, text: 'Iraq' },
    ]);
    expect(verifyGold([doc])).toEqual(['d T1: text[1:5] is " Ira", not "Iraq"']);
  });

  it('names a stance that refers to no span', () => {
    const doc = {
      ...goldDocument('d', 'Iraq', []),
      stances: [
        { id: 'E1', evidence: 'T9', holder: 'T9', target: { topic: 't' }, polarity: 'FAVOR' },
      ],
    };
    expect(verifyGold([doc])).toHaveLength(2);
  });
});
