import { createChunkSplitter } from './createChunkSplitter';
import type { SpacyRules } from './spacyRules';
import type { SpacyTokens } from './spacyTokens';

/** A special case that spans several tokens of the affix pass (`:)` after `it`: `it:)`). */
interface SpecialPattern {
  readonly key: string;
  readonly parts: readonly string[];
  readonly pieces: readonly number[];
}

/** Patterns by their first token, for {@link findSpecialMatches}. */
export type SpecialPatterns = ReadonlyMap<string, readonly SpecialPattern[]>;

/**
 * The special cases containing a prefix, suffix, infix or space, each with the UTF-16
 * lengths of the tokens the affix rules alone cut it into, in the rules' order: what
 * {@link specialPatterns} is built from (`patternParts.ts` holds the English ones, made once).
 * @example specialPatternParts(SPACY_ENGLISH_RULES).find(([key]) => key === ':)') → [':)', [1, 1]]
 */
export function specialPatternParts(rules: SpacyRules): [string, number[]][] {
  const bare = createChunkSplitter({ ...rules, specials: {} });
  const prefix = new RegExp(rules.prefix, 'u');
  const suffix = new RegExp(rules.suffix, 'u');
  const infix = new RegExp(rules.infix, 'u');
  const found: [string, number[]][] = [];
  for (const key of Object.keys(rules.specials)) {
    if (!prefix.test(key) && !suffix.test(key) && !infix.test(key) && !key.includes(' ')) continue;
    found.push([key, [...bare(key)]]);
  }
  return found;
}

/**
 * spaCy's `_special_matcher` patterns: every special case containing a prefix, suffix or
 * infix, as the tokens the affix rules alone make of it. `parts` (from
 * {@link specialPatternParts}, or kept from an earlier run of it) saves running the affix
 * rules over every special case.
 * @example specialPatterns(SPACY_ENGLISH_RULES).get(':')?.some((p) => p.key === ':)') === true
 */
export function specialPatterns(
  rules: SpacyRules,
  parts: readonly (readonly [string, readonly number[]])[] = specialPatternParts(rules),
): SpecialPatterns {
  const byFirst = new Map<string, SpecialPattern[]>();
  for (const [key, lengths] of parts) {
    const pieces = rules.specials[key];
    if (!pieces) throw new RangeError(`${key} is not a special case of these rules`);
    const texts: string[] = [];
    let at = 0;
    for (const length of lengths) {
      texts.push(key.slice(at, at + length));
      at += length;
    }
    const first = texts[0];
    if (first === undefined) continue; // no token text starts with nothing
    const list = byFirst.get(first);
    if (list) list.push({ key, parts: texts, pieces });
    else byFirst.set(first, [{ key, parts: texts, pieces }]);
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
 * Which token texts may start a pattern, by their first UTF-16 unit: bit `n` (n < 15) is set
 * when some pattern's first part of length `n` starts with that unit, bit 15 for 15 or more.
 * A test on two numbers instead of a slice and a lookup for every token.
 * @example firstPartLengths(patterns)[':'.charCodeAt(0)] & (1 << 1) // ':' starts ':)'
 */
export function firstPartLengths(patterns: SpecialPatterns): Uint16Array {
  const lengths = new Uint16Array(0x10000);
  for (const first of patterns.keys())
    lengths[first.charCodeAt(0)] =
      (lengths[first.charCodeAt(0)] ?? 0) | (1 << Math.min(first.length, 15));
  return lengths;
}

/** Adds to `found` every pattern matching from a token of the `open` ranges. */
function matchesIn(
  text: string,
  tokens: SpacyTokens,
  patterns: SpecialPatterns,
  firstLengths: Uint16Array,
  open: ArrayLike<number>,
  found: SpecialMatch[],
): void {
  const { start16, end16, count } = tokens;
  let r = 0;
  let to = 0;
  for (let i = 0; ; i++) {
    if (i >= to) {
      // The next range (one loop for all of them: a call per range costs more than its few tokens).
      if (r + 1 >= open.length) return;
      i = open[r] ?? 0;
      to = open[r + 1] ?? 0;
      r += 2;
      if (i >= to) continue;
    }
    const from = start16[i] ?? 0;
    const length = (end16[i] ?? 0) - from;
    const mask = firstLengths[text.charCodeAt(from)] ?? 0;
    if (mask === 0 || (mask & (1 << (length < 15 ? length : 15))) === 0) continue;
    const candidates = patterns.get(text.slice(from, from + length));
    if (!candidates) continue;
    for (const pattern of candidates) {
      const end = i + pattern.parts.length;
      if (end > count) continue;
      if (pattern.parts.every((part, k) => text.slice(start16[i + k], end16[i + k]) === part))
        found.push({ start: i, end, pattern });
    }
  }
}

/**
 * spaCy's `_apply_special_cases`: finds the patterns in the tokens, keeps the longest (then
 * earliest) of overlapping matches, and re-splits each match that is one unbroken string as
 * its special case says. `firstLengths` ({@link firstPartLengths} of the patterns) passes
 * over the tokens no pattern can start with; `open` (pairs `[from, to)` of token indices)
 * limits the search to tokens a pattern may start at. Returns the token ranges to re-split, in text order.
 */
export function findSpecialMatches(
  text: string,
  tokens: SpacyTokens,
  patterns: SpecialPatterns,
  firstLengths: Uint16Array,
  open: ArrayLike<number> = [0, tokens.count],
): SpecialMatch[] {
  const found: SpecialMatch[] = [];
  // No closure per text: under a build that keeps function names (tsx) each costs a defineProperty.
  matchesIn(text, tokens, patterns, firstLengths, open, found);
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
