import type { Token } from '../text';
import type { TokenSpan } from './bioTags';

/** The longest name a gazetteer matches, in tokens. */
const MAX_TOKENS = 10;

interface Entry {
  readonly counts: Map<string, number>;
  /** Documents the surface form was annotated in (-1: the entity registry). */
  readonly sources: Set<number>;
  /** Longest matches of the form in the training text, and how many of them were annotated with its label. */
  hits: number;
  right: number;
}

/** The key of a token run: lower-cased token texts joined by a separator no token contains. */
function keyOf(tokens: readonly Token[], first: number, last: number): string {
  const parts: string[] = [];
  for (let i = first; i <= last; i++) parts.push((tokens[i]?.text ?? '').toLowerCase());
  return parts.join('\u0001');
}

/**
 * Surface forms (token runs, case-folded) with the labels they were annotated with: the
 * gazetteer baseline (longest match, most frequent label) and the learner's gazetteer features.
 * @example g.add(tokens('Mike Pompeo'), 'PER', 0); g.match(tokens('said Mike Pompeo')) → [{ label: 'PER', first: 1, last: 2 }]
 */
export class Gazetteer {
  private readonly entries = new Map<string, Entry>();
  private longest = 0;

  /** Records a surface form; `source` is the document it came from (-1: the entity registry). */
  add(tokens: readonly Token[], label: string, source: number): void {
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return;
    const key = keyOf(tokens, 0, tokens.length - 1);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { counts: new Map(), sources: new Set(), hits: 0, right: 0 };
      this.entries.set(key, entry);
    }
    entry.counts.set(label, (entry.counts.get(label) ?? 0) + 1);
    entry.sources.add(source);
    this.longest = Math.max(this.longest, tokens.length);
  }

  /**
   * Counts the matches in a training sentence against its annotated spans: a match is right
   * when a span of the same extent and label was annotated there.
   */
  tally(tokens: readonly Token[], annotated: readonly TokenSpan[]): void {
    for (const m of this.match(tokens)) {
      const entry = this.entries.get(keyOf(tokens, m.first, m.last));
      if (!entry) continue;
      entry.hits++;
      if (annotated.some((a) => a.first === m.first && a.last === m.last && a.label === m.label))
        entry.right++;
    }
  }

  /** Of the tallied matches of a match's form, the share annotated with its label (0 when never tallied). */
  precision(tokens: readonly Token[], match: TokenSpan): { hits: number; right: number } {
    const entry = this.entries.get(keyOf(tokens, match.first, match.last));
    return { hits: entry?.hits ?? 0, right: entry?.right ?? 0 };
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Longest matches left to right, each with its most frequent label (ties: alphabetical).
   * `seen`: whether a form's sources may be used (a training document must not see forms
   * annotated only in its own fold).
   */
  match(tokens: readonly Token[], seen?: (sources: ReadonlySet<number>) => boolean): TokenSpan[] {
    const found: TokenSpan[] = [];
    for (let i = 0; i < tokens.length;) {
      const hit = this.longestAt(tokens, i, seen);
      if (hit) {
        found.push(hit);
        i = hit.last + 1;
      } else i++;
    }
    return found;
  }

  private longestAt(
    tokens: readonly Token[],
    first: number,
    seen?: (sources: ReadonlySet<number>) => boolean,
  ): TokenSpan | null {
    const max = Math.min(this.longest, tokens.length - first);
    for (let n = max; n >= 1; n--) {
      const entry = this.entries.get(keyOf(tokens, first, first + n - 1));
      if (!entry) continue;
      if (seen && !seen(entry.sources)) continue;
      return { label: mostFrequent(entry.counts), first, last: first + n - 1 };
    }
    return null;
  }
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [label, count] of counts) {
    if (count > bestCount || (count === bestCount && label < best)) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}
