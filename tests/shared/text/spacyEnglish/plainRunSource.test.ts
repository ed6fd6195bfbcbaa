import { describe, expect, it } from 'vitest';
import { plainRun } from '../../../../src/shared/text/spacyEnglish/plainRun';
import { SPACY_ENGLISH_PLAIN_RUN } from '../../../../src/shared/text/spacyEnglish/plainRunSource';
import { SPACY_ENGLISH_RULES } from '../../../../src/shared/text/spacyEnglish/rules';

describe('SPACY_ENGLISH_PLAIN_RUN', () => {
  it('is the plain-run regex plainRun makes of rules.ts now (else run scripts/tokenizer/generatePlainRun.ts)', () => {
    const built = plainRun(SPACY_ENGLISH_RULES);
    expect(SPACY_ENGLISH_PLAIN_RUN).toBe(built.source);
    expect(built.flags).toBe('y');
  });
});
