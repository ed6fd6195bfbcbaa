import type { SpacyRules } from './spacyRules';
import { itemAt } from '../../collections';

/** Splits one whitespace-free chunk into token lengths (UTF-16 units), as spaCy does. */
export type ChunkSplitter = (chunk: string) => readonly number[];

/** Where a global `u` regex goes on after an empty match at `at`: the next code point, as `matchAll` does. */
function stepOver(s: string, at: number): number {
  const c = s.charCodeAt(at);
  const next = s.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

/** Chunks remembered per splitter; news text repeats its words, so most chunks are hits. */
const CACHE_LIMIT = 200_000;

/**
 * The suffix rule is tried on a chunk's last TAIL units only: each of its patterns ends the text
 * and matches a few characters (a unit, a currency, a quote; its lookbehinds look one or two
 * back), save a run of dots. A match starting within MARGIN of the window's start may reach
 * further back (the dots) and is looked for again on the whole chunk. Run on the whole chunk at
 * every step, the rule made a chunk of 100,000 brackets cost minutes (each step scans it all).
 */
const TAIL = 256;
const MARGIN = 64;

/**
 * spaCy's `Tokenizer._split_affixes` and `_attach_tokens` over the given rules: special
 * cases first, then prefixes and suffixes peeled off in turn (stopping at a special case),
 * then the URL pattern or the infixes on what is left. Results are cached per chunk.
 * @example createChunkSplitter(SPACY_ENGLISH_RULES)("Iraq's") → [4, 2]
 */
export function createChunkSplitter(rules: SpacyRules): ChunkSplitter {
  const specials = new Map(Object.entries(rules.specials));
  const prefix = new RegExp(rules.prefix, 'u');
  const suffix = new RegExp(rules.suffix, 'u');
  const infix = new RegExp(rules.infix, 'gu');
  const url = new RegExp(rules.url, 'u');
  const cache = new Map<string, readonly number[]>();
  // A special case is short: a long chunk is never hashed to look for one.
  const longestSpecial = Math.max(0, ...[...specials.keys()].map((key) => key.length));
  const isSpecial = (s: string): boolean => s.length <= longestSpecial && specials.has(s);

  function findPrefix(s: string): number {
    const m = prefix.exec(s);
    return m ? m.index + m[0].length : 0;
  }
  function findSuffix(s: string): number {
    if (s.length > TAIL) {
      const m = suffix.exec(s.slice(s.length - TAIL));
      if (m === null) return 0;
      if (m.index >= MARGIN) return m[0].length;
    }
    const m = suffix.exec(s);
    return m ? m[0].length : 0;
  }

  function core(s: string, out: number[]): void {
    const special = isSpecial(s) ? specials.get(s) : undefined;
    if (special) {
      out.push(...special);
      return;
    }
    // Every address the URL rule takes has a dot (in its host name or IP address): a test
    // of a chunk without one would cost microseconds of backtracking for nothing.
    if (s.includes('.') && url.test(s)) {
      out.push(s.length);
      return;
    }
    let start = 0;
    // An exec loop as `matchAll` runs it: `matchAll` would copy the infix rule (18,000
    // characters of pattern) at each call, 30 µs where the loop costs one.
    infix.lastIndex = 0;
    for (let m = infix.exec(s); m !== null; m = infix.exec(s)) {
      const from = m.index;
      const to = from + m[0].length;
      if (to === from) infix.lastIndex = stepOver(s, to);
      if (from === 0) continue;
      if (from !== start) out.push(from - start);
      if (to !== from) out.push(to - from);
      start = to;
    }
    if (start < s.length) out.push(s.length - start);
  }

  function split(chunk: string): readonly number[] {
    const special = isSpecial(chunk) ? specials.get(chunk) : undefined;
    if (special) return special;
    const prefixes: number[] = [];
    const suffixes: number[] = [];
    let s = chunk;
    let lastSize = 0;
    while (s.length > 0 && s.length !== lastSize) {
      if (isSpecial(s)) break;
      lastSize = s.length;
      const pre = findPrefix(s);
      if (pre !== 0) {
        const minusPre = s.slice(pre);
        if (minusPre && isSpecial(minusPre)) {
          prefixes.push(pre);
          s = minusPre;
          break;
        }
      }
      const suf = findSuffix(s.slice(pre));
      if (suf !== 0) {
        const minusSuf = s.slice(0, s.length - suf);
        if (minusSuf && isSpecial(minusSuf)) {
          suffixes.push(suf);
          s = minusSuf;
          break;
        }
      }
      if (pre !== 0 && suf !== 0 && pre + suf <= s.length) {
        s = s.slice(pre, s.length - suf);
        prefixes.push(pre);
        suffixes.push(suf);
      } else if (pre !== 0) {
        s = s.slice(pre);
        prefixes.push(pre);
      } else if (suf !== 0) {
        s = s.slice(0, s.length - suf);
        suffixes.push(suf);
      }
      if (s && isSpecial(s)) break;
    }
    const out = prefixes;
    if (s) core(s, out);
    for (let i = suffixes.length - 1; i >= 0; i--) out.push(itemAt(suffixes, i));
    return out;
  }

  return (chunk) => {
    const hit = cache.get(chunk);
    if (hit) return hit;
    const pieces = split(chunk);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(chunk, pieces);
    return pieces;
  };
}
