import { describe, expect, it } from 'vitest';
import { referenceSpansJsonl } from '../../../../scripts/interop/controls/referenceSpansJsonl';
import { HARD_CASES } from '../../../../scripts/interop/hardCases';

interface Token {
  text: string;
  ws: boolean;
}

describe('referenceSpansJsonl', () => {
  it("rebuilds every hard-case text from words and spaces, as spaCy's Doc does", () => {
    const records = referenceSpansJsonl(HARD_CASES)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; tokens: Token[] });
    for (const record of records)
      expect(record.tokens.map((t) => t.text + (t.ws ? ' ' : '')).join('')).toBe(record.text);
  });

  it('gives every span inclusive token indices', () => {
    const [first] = referenceSpansJsonl(HARD_CASES).split('\n');
    const record = JSON.parse(first ?? '') as {
      spans: { token_start: number; token_end: number }[];
    };
    expect(record.spans.every((s) => s.token_start >= 0 && s.token_end >= s.token_start)).toBe(
      true,
    );
  });
});
