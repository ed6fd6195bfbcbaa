import { createChunkSplitter } from './createChunkSplitter';
import type { SpacyRules } from './spacyRules';
import type { SpacyTokens } from './spacyTokens';
import { itemAt } from '../../collections';

/** A special case that spans several tokens of the affix pass (`:)` after `it`: `it:)`). */
interface SpecialPattern {
  readonly key: string;
  readonly parts: readonly string[];
  readonly pieces: readonly number[];
}

/** Patterns by their first token, for {@link findSpecialMatches}. */
export type SpecialPatterns = ReadonlyMap<string, readonly SpecialPattern[]>;

/**
 * spaCy's `_special_matcher` patterns: every special case containing a prefix, suffix or
 * infix, as the tokens the affix rules alone make of it.
 * @example specialPatterns(SPACY_ENGLISH_RULES).get(':')?.some((p) => p.key === ':)') === true
 */
export function specialPatterns(rules: SpacyRules): SpecialPatterns {
  const bare = createChunkSplitter({ ...rules, specials: {} });
  const prefix = new RegExp(rules.prefix, 'u');
  const suffix = new RegExp(rules.suffix, 'u');
  const infix = new RegExp(rules.infix, 'u');
  const byFirst = new Map<string, SpecialPattern[]>();
  for (const [key, pieces] of Object.entries(rules.specials)) {
    if (!prefix.test(key) && !suffix.test(key) && !infix.test(key) && !key.includes(' ')) continue;
    const parts: string[] = [];
    let at = 0;
    for (const length of bare(key)) {
      parts.push(key.slice(at, at + length));
      at += length;
    }
    const first = parts[0];
    if (first === undefined) continue; // no token text starts with nothing
    byFirst.set(first, [...(byFirst.get(first) ?? []), { key, parts, pieces }]);
  }
  return byFirst;
}

/** Tokens `[start, end)` to be re-split into `pattern.pieces`. */
export interface SpecialMatch {
  readonly start: number;
  readonly end: number;
  readonly pattern: SpecialPattern;
}

/**
 * spaCy's `_apply_special_cases`: finds the patterns in the tokens, keeps the longest (then
 * earliest) of overlapping matches, and re-splits each match that is one unbroken string as
 * its special case says. Returns the token ranges to re-split, in text order.
 */
export function findSpecialMatches(
  text: string,
  tokens: SpacyTokens,
  patterns: SpecialPatterns,
  firstUnits: ReadonlySet<number>,
): SpecialMatch[] {
  const found: SpecialMatch[] = [];
  const tokenText = (i: number): string => text.slice(tokens.start16[i], tokens.end16[i]);
  for (let i = 0; i < tokens.count; i++) {
    if (!firstUnits.has(text.charCodeAt(itemAt(tokens.start16, i)))) continue;
    const candidates = patterns.get(tokenText(i));
    if (!candidates) continue;
    for (const pattern of candidates) {
      const end = i + pattern.parts.length;
      if (end > tokens.count) continue;
      if (pattern.parts.every((part, k) => tokenText(i + k) === part))
        found.push({ start: i, end, pattern });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const seen = new Set<number>();
  const kept: SpecialMatch[] = [];
  for (const match of found) {
    if (!seen.has(match.start) && !seen.has(match.end - 1)) kept.push(match);
    for (let k = match.start; k < match.end; k++) seen.add(k);
  }
  return kept
    .filter((m) => text.slice(tokens.start16[m.start], tokens.end16[m.end - 1]) === m.pattern.key)
    .sort((a, b) => a.start - b.start);
}
