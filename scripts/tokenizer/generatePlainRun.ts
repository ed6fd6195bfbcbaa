// Writes src/shared/text/spacyEnglish/plainRunSource.ts: the source of the plain-run regex of
// rules.ts (`plainRun`). Building it sifts all 1,347 special cases and builds a trie of the plain
// ones (about 10 ms in a fresh process, before the first text is tokenized), so it is made once
// here, after rules.ts changes; a unit test holds the file equal to what `plainRun` makes of the
// rules now. Run: npx tsx scripts/tokenizer/generatePlainRun.ts
import { SPACY_ENGLISH_RULES } from '../../src/shared/text/spacyEnglish/rules';
import { plainRun } from '../../src/shared/text/spacyEnglish/plainRun';
import { writeGenerated } from './writeGenerated';

const run = plainRun(SPACY_ENGLISH_RULES);
const target = writeGenerated('plainRunSource.ts', 'generatePlainRun.ts', [
  '/** `plainRun(SPACY_ENGLISH_RULES).source`, made once (its flags: `y`). */',
  `export const SPACY_ENGLISH_PLAIN_RUN = ${JSON.stringify(run.source)};`,
]);
console.log(`${target}: ${run.source.length} characters, flags ${run.flags}`);
