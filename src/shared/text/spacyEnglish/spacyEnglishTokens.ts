import { createChunkSplitter } from './createChunkSplitter';
import type { ChunkSplitter } from './createChunkSplitter';
import { findSpecialMatches, specialPatterns } from './findSpecialMatches';
import type { SpecialPatterns } from './findSpecialMatches';
import { SPACY_ENGLISH_RULES } from './rules';
import { resplitTokens, spacyTokens } from './spacyTokens';
import type { SpacyTokens } from './spacyTokens';

interface English {
  readonly split: ChunkSplitter;
  readonly patterns: SpecialPatterns;
  readonly firstUnits: ReadonlySet<number>;
}

let english: English | undefined;
/** Texts tokenized lately: one export tokenizes a document once per format, and often again. */
const recent = new Map<string, SpacyTokens>();
const RECENT_LIMIT = 16;

function load(): English {
  if (english) return english;
  const patterns = specialPatterns(SPACY_ENGLISH_RULES);
  english = {
    split: createChunkSplitter(SPACY_ENGLISH_RULES),
    patterns,
    firstUnits: new Set([...patterns.keys()].map((first) => first.charCodeAt(0))),
  };
  return english;
}

/**
 * The tokens spaCy's English tokenizer (`spacy.blank('en')`, rules in `rules.ts`) makes of
 * the text, remembered for the last few texts.
 * @example spacyEnglishTokens("Iraq's  plan").count === 4 // Iraq, 's (space after), ' ', plan
 */
export function spacyEnglishTokens(text: string): SpacyTokens {
  const hit = recent.get(text);
  if (hit) return hit;
  const { split, patterns, firstUnits } = load();
  const affixed = spacyTokens(text, split);
  const matches = findSpecialMatches(text, affixed, patterns, firstUnits);
  const tokens = resplitTokens(
    text,
    affixed,
    matches.map((m) => ({ start: m.start, end: m.end, pieces: m.pattern.pieces })),
  );
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(text, tokens);
  return tokens;
}
