import { alignTokens } from './alignTokens';
import { compareSpans } from './compareSpans';
import type { ObservedSpan, SpanComparison } from './compareSpans';
import type { GoldDocument } from './goldDocument';
import { iobGold } from './iobGold';

/** An entity as a token reader gives it: label and token indices `[start, end)`. */
export interface TokenEntity {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Compares the entities a token reader (spaCy's CoNLL converter, datasets + ClassLabel) got
 * with the document's IOB gold: the words are placed on the gold text, so each entity gets
 * code point offsets and must match a gold span exactly; words that are not in the text
 * are differences too.
 * @example compareTokenEntities(doc, ['U.S.-led'], [{ label: 'GPE', start: 0, end: 1 }]).mismatches → ['…: expected GPE [52,56) "U.S." got GPE [52,60) "U.S.-led"']
 */
export function compareTokenEntities(
  gold: GoldDocument,
  words: readonly string[],
  entities: readonly TokenEntity[],
): SpanComparison {
  const { offsets, problems } = alignTokens(gold.text, words);
  const observed: ObservedSpan[] = [];
  const unplaced: string[] = [];
  for (const e of entities) {
    const first = offsets[e.start];
    const last = offsets[e.end - 1];
    if (first && last) observed.push({ label: e.label, start: first.start, end: last.end });
    else
      unplaced.push(
        `${gold.name}: ${e.label} on words ${JSON.stringify(words.slice(e.start, e.end))} cannot be placed on the text`,
      );
  }
  const compared = compareSpans(gold.name, gold.text, iobGold(gold), observed);
  return {
    matched: compared.matched,
    mismatches: [...compared.mismatches, ...unplaced, ...problems.map((p) => `${gold.name}: ${p}`)],
  };
}
