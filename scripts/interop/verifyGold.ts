import type { GoldDocument } from './goldDocument';
import { sliceCodePoints } from './sliceCodePoints';

/**
 * Problems in the known answer itself: a span whose text is not `text[start:end]`, an id
 * used twice, a stance naming a span that does not exist. Empty when the gold is sound.
 * @example verifyGold(HARD_CASES) → []
 */
export function verifyGold(documents: readonly GoldDocument[]): string[] {
  const problems: string[] = [];
  for (const doc of documents) {
    const ids = new Set<string>();
    for (const s of doc.spans) {
      if (ids.has(s.id)) problems.push(`${doc.name}: ${s.id} defined twice`);
      ids.add(s.id);
      const actual = sliceCodePoints(doc.text, s.start, s.end);
      if (actual !== s.text)
        problems.push(
          `${doc.name} ${s.id}: text[${s.start}:${s.end}] is ${JSON.stringify(actual)}, not ${JSON.stringify(s.text)}`,
        );
    }
    for (const stance of doc.stances) {
      const named = [
        stance.evidence,
        stance.holder,
        'span' in stance.target ? stance.target.span : undefined,
      ];
      for (const id of named)
        if (id !== undefined && !ids.has(id))
          problems.push(`${doc.name} ${stance.id}: names ${id}, which is not a span`);
    }
  }
  return problems;
}
