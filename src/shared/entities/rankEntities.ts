import type { Entity } from '../model';
import { nameSimilarity } from './nameSimilarity';

/** An entity and how well a query matches its name or an alias. */
export interface EntityCandidate {
  readonly entity: Entity;
  readonly score: number;
  /** The name or alias that matched best. */
  readonly matched: string;
}

/**
 * Entities ranked by the best similarity of `query` to their name or any alias; those
 * under `threshold` are left out. @example rankEntities('Adil Abdul-Mahdi', entities)[0].entity.name
 */
export function rankEntities(
  query: string,
  entities: readonly Entity[],
  limit = 10,
  threshold = 0.5,
): EntityCandidate[] {
  const ranked: EntityCandidate[] = [];
  for (const entity of entities) {
    let best = { score: 0, matched: entity.name };
    for (const name of [entity.name, ...entity.aliases]) {
      const score = nameSimilarity(query, name);
      if (score > best.score) best = { score, matched: name };
    }
    if (best.score >= threshold) ranked.push({ entity, ...best });
  }
  return ranked
    .sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit);
}
