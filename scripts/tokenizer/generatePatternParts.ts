// Writes src/shared/text/spacyEnglish/patternParts.ts: the special cases of rules.ts that the
// affix rules cut into tokens, with their parts. Building them takes the affix rules over all
// 1,347 special cases (10–20 ms in a fresh process, before the first text is tokenized), so they
// are made once here, after rules.ts changes; a unit test holds the file equal to what
// `specialPatternParts` makes of the rules now. Run: npx tsx scripts/tokenizer/generatePatternParts.ts
import { SPACY_ENGLISH_RULES } from '../../src/shared/text/spacyEnglish/rules';
import { specialPatternParts } from '../../src/shared/text/spacyEnglish/findSpecialMatches';
import { writeGenerated } from './writeGenerated';

const parts = specialPatternParts(SPACY_ENGLISH_RULES);
const target = writeGenerated('patternParts.ts', 'generatePatternParts.ts', [
  '/** `specialPatternParts(SPACY_ENGLISH_RULES)`, made once: each special case the affix rules cut, and its parts. */',
  'export const SPACY_ENGLISH_PATTERN_PARTS: readonly (readonly [string, readonly number[]])[] =',
  `  JSON.parse(${JSON.stringify(JSON.stringify(parts))}) as [string, number[]][];`,
]);
console.log(`${target}: ${parts.length} special cases`);
