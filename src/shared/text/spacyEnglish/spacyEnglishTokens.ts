import { createChunkSplitter } from './createChunkSplitter';
import type { ChunkSplitter } from './createChunkSplitter';
import { findSpecialMatches, firstPartLengths, specialPatterns } from './findSpecialMatches';
import type { SpecialPatterns } from './findSpecialMatches';
import { SPACY_ENGLISH_PATTERN_PARTS } from './patternParts';
import { SPACY_ENGLISH_RULES } from './rules';
import { SPACY_ENGLISH_PLAIN_RUN } from './plainRunSource';
import { affixedTokens, resplitTokens } from './spacyTokens';
import type { SpacyTokens } from './spacyTokens';

interface English {
  readonly split: ChunkSplitter;
  readonly patterns: SpecialPatterns;
  readonly firstLengths: Uint16Array;
  readonly plain: RegExp;
}

let english: English | undefined;
/** Texts tokenized lately (an export is often run again, in another format or split). */
const recent = new Map<string, SpacyTokens>();
/** UTF-16 units of text whose tokens are kept: about 3 bytes of tokens per unit, so ~25 MB. */
const RECENT_UNITS = 8_000_000;
let recentUnits = 0;

function load(): English {
  if (english) return english;
  // The patterns' parts and the plain-run regex are made once ahead (patternParts.ts,
  // plainRunSource.ts), not from the rules at each start.
  const patterns = specialPatterns(SPACY_ENGLISH_RULES, SPACY_ENGLISH_PATTERN_PARTS);
  english = {
    split: createChunkSplitter(SPACY_ENGLISH_RULES),
    patterns,
    firstLengths: firstPartLengths(patterns),
    plain: new RegExp(SPACY_ENGLISH_PLAIN_RUN, 'y'),
  };
  return english;
}

/**
 * The tokens spaCy's English tokenizer (`spacy.blank('en')`, rules in `rules.ts`) makes of
 * the text, remembered for the texts tokenized last (up to 8 million UTF-16 units).
 * @example spacyEnglishTokens("Iraq's  plan").count === 4 // Iraq, 's (space after), ' ', plan
 */
export function spacyEnglishTokens(text: string): SpacyTokens {
  const hit = recent.get(text);
  if (hit) return hit;
  const { split, patterns, firstLengths, plain } = load();
  const { tokens: affixed, open } = affixedTokens(text, split, plain);
  const matches = findSpecialMatches(text, affixed, patterns, firstLengths, open);
  const tokens = resplitTokens(
    text,
    affixed,
    matches.map((m) => ({ start: m.start, end: m.end, pieces: m.pattern.pieces })),
  );
  if (text.length > RECENT_UNITS) return tokens;
  for (const old of recent.keys()) {
    if (recentUnits + text.length <= RECENT_UNITS) break;
    recent.delete(old);
    recentUnits -= old.length;
  }
  recent.set(text, tokens);
  recentUnits += text.length;
  return tokens;
}
