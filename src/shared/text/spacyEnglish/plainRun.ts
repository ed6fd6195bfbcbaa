import type { SpacyRules } from './spacyRules';

/**
 * Letters none of the English affix rules splits at or off (ASCII and Latin-1 letters): a
 * chunk of them is one token unless it is a special case. The character class's body.
 */
export const PLAIN_LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF';

/** Words a plain run takes in one test, so the regex engine's backtrack stack stays small. */
const RUN_WORDS = 64;

/** A regular expression's source matching exactly `words` (longest alternatives first in each branch). */
function trieSource(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let whole = false;
  for (const word of words) {
    if (word === '') {
      whole = true;
      continue;
    }
    const rest = byFirst.get(word.charAt(0));
    if (rest) rest.push(word.slice(1));
    else byFirst.set(word.charAt(0), [word.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rest]) => first + trieSource(rest));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  if (!whole) return body;
  return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * A sticky regex over a run of plain words: each a chunk of {@link PLAIN_LETTERS} that is not
 * a special case, maybe with one comma glued after it, then one space, then a letter (the next
 * chunk's). spaCy makes each such chunk one word token (and the comma a token of its own: the
 * suffix rule), folds the one space into the token before it, and no special pattern starts
 * in it (a test holds the English patterns to that), so the tokenizer takes a run in one test
 * of the regex engine instead of a chunk at a time.
 * @example plainRun(SPACY_ENGLISH_RULES).exec('Iraq rejected the, plan') → ['Iraq rejected the, ']
 */
export function plainRun(rules: SpacyRules): RegExp {
  const letters = new RegExp(`^[${PLAIN_LETTERS}]+$`, 'u');
  const specials = Object.keys(rules.specials).filter((key) => letters.test(key));
  const notSpecial = specials.length > 0 ? `(?!${trieSource(specials)}[, ])` : '';
  const word = `${notSpecial}[${PLAIN_LETTERS}]+,? (?=[${PLAIN_LETTERS}])`;
  return new RegExp(`(?:${word}){1,${RUN_WORDS}}`, 'y');
}
