import { firstAbove } from '../firstAbove';
import { surrogatePairAt } from '../surrogatePairAt';
import { resplitTokens } from './spacyTokens';
import type { SpacyTokens, TokenResplit } from './spacyTokens';

/** UTF-16 length of the first `cps` code points of text from `at16`. */
function unitsOf(text: string, at16: number, cps: number): number {
  let i = at16;
  for (let k = 0; k < cps; k++) i += surrogatePairAt(text, i) ? 2 : 1;
  return i - at16;
}

/**
 * The tokens cut at every edge (a code point offset) that falls strictly inside one, so
 * every span edge is a token edge: `Baghdad’s` stays two tokens, `U.S.-led` with a span
 * on `U.S.` becomes `U.S.` and `-led`. `edges` need not be sorted or unique.
 * @example cutTokens('U.S.-led', spacyEnglishTokens('U.S.-led'), [4]) // U.S., -led
 */
export function cutTokens(
  text: string,
  tokens: SpacyTokens,
  edges: ArrayLike<number>,
): SpacyTokens {
  // The native sort: in a fresh process it sorts the 44,000 edges of a 22,000-span layer in
  // about 1 ms, where an insertion sort in JavaScript took 5–10 ms before V8 compiled it
  // (and more when spans added at the layer's end sent edges far back).
  return cutTokensAt(text, tokens, Int32Array.from(edges).sort()).tokens;
}

/** Tokens cut at span edges, and where each edge is among them. */
export interface CutTokens {
  readonly tokens: SpacyTokens;
  /**
   * For each edge, the index of the first cut token starting at or after it (the count
   * when none): a span `[start, end)` covers tokens `at[start edge]` to `at[end edge] - 1`.
   */
  readonly at: Int32Array;
}

/**
 * {@link cutTokens} of edges already in ascending order (repeats allowed), telling where
 * each edge lands among the cut tokens: found while cutting, so a writer need not search
 * the tokens again for every span (a call per edge, which the first export in a process
 * runs unoptimized).
 * @example cutTokensAt('U.S.-led', spacyEnglishTokens('U.S.-led'), Int32Array.of(0, 4)).at → Int32Array [0, 1]
 */
export function cutTokensAt(text: string, tokens: SpacyTokens, sorted: Int32Array): CutTokens {
  const resplits: TokenResplit[] = [];
  const { start: starts, end: ends, count } = tokens;
  const n = sorted.length;
  const at = new Int32Array(n);
  const search = firstAbove; // read once: under a CommonJS build (tsx) each use would call an export getter
  // Each edge is looked up once, in ascending order: the search for the token holding it
  // starts at the last one found (no search when that one still ends after the edge).
  let e = 0;
  let i = 0;
  let added = 0; // tokens the cuts so far added before token i
  while (e < n) {
    const edge = sorted[e] ?? 0;
    if (i >= count || (ends[i] ?? 0) <= edge) i = search(ends, edge, count, i); // the first token ending after the edge
    const start = starts[i] ?? 0;
    const end = ends[i] ?? 0;
    if (i >= count || edge <= start) {
      at[e++] = i + added;
      continue;
    }
    const pieces: number[] = [];
    let from = start;
    let at16 = tokens.start16[i] ?? 0;
    for (; e < n && (sorted[e] ?? 0) < end; e++) {
      const cut = sorted[e] ?? 0;
      if (cut !== from) {
        const units = unitsOf(text, at16, cut - from);
        pieces.push(units);
        at16 += units;
        from = cut;
      }
      at[e] = i + added + pieces.length;
    }
    pieces.push((tokens.end16[i] ?? 0) - at16);
    resplits.push({ start: i, end: i + 1, pieces });
    added += pieces.length - 1;
  }
  return { tokens: resplitTokens(text, tokens, resplits), at };
}
