import { describe, expect, it } from 'vitest';
import {
  specialPatternParts,
  specialPatterns,
} from '../../../../src/shared/text/spacyEnglish/findSpecialMatches';
import { SPACY_ENGLISH_PATTERN_PARTS } from '../../../../src/shared/text/spacyEnglish/patternParts';
import { SPACY_ENGLISH_RULES } from '../../../../src/shared/text/spacyEnglish/rules';

describe('SPACY_ENGLISH_PATTERN_PARTS', () => {
  it('is what the affix rules of rules.ts make of its special cases now (else run scripts/tokenizer/generatePatternParts.ts)', () => {
    expect(SPACY_ENGLISH_PATTERN_PARTS).toEqual(specialPatternParts(SPACY_ENGLISH_RULES));
  });

  it('gives the same patterns, in the same order, as building them from the rules', () => {
    const kept = specialPatterns(SPACY_ENGLISH_RULES, SPACY_ENGLISH_PATTERN_PARTS);
    const built = specialPatterns(SPACY_ENGLISH_RULES);
    expect([...kept.entries()]).toEqual([...built.entries()]);
    // spaCy's own split of two special cases the affix rules cut (spacy.blank('en'), 3.8.16).
    expect(kept.get(':')?.find((p) => p.key === ':)')?.parts).toEqual([':', ')']);
    expect(kept.get('Mr')?.find((p) => p.key === 'Mr.')?.parts).toEqual(['Mr', '.']);
  });
});
