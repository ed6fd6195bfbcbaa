import { foldedName, idSchema, newId, windowsNameProblem, type Entity } from '../../shared/model';
import type { FormatBundle } from '../../shared/formats';
import type { EntityRegistry } from '../store';

/** How an import's entity ids become the project's: existing entities reused, the rest added. */
export interface EntityMapping {
  readonly ids: ReadonlyMap<string, string>;
  readonly added: readonly Entity[];
}

/**
 * Matches each entity of a bundle to the registry: the same id (following merges), else
 * the same knowledge base id, else a new entity (keeping its id when it is free and valid).
 * @example mapEntities(bundle, registry).ids.get('Wikidata_Q30') === 'e_usa' when e_usa has kbId Q30
 */
export function mapEntities(bundle: FormatBundle, registry: EntityRegistry): EntityMapping {
  const ids = new Map<string, string>();
  const added: Entity[] = [];
  const byKb = new Map<string, string>();
  for (const entity of registry.list()) if (entity.kbId) byKb.set(entity.kbId, entity.id);
  // Ids in use as a disk that ignores case files them: `E1` beside `e1` would be its file on macOS.
  const taken = new Set(registry.ids().map(foldedName));
  const all = new Map<string, Entity>();
  for (const entity of [...bundle.entities, ...bundle.documents.flatMap((d) => d.entities)]) {
    if (!all.has(entity.id)) all.set(entity.id, entity);
  }
  for (const entity of all.values()) {
    const known = registry.resolve(entity.id);
    const match = known?.id ?? (entity.kbId ? byKb.get(entity.kbId) : undefined);
    if (match) {
      ids.set(entity.id, match);
      continue;
    }
    const id =
      idSchema.safeParse(entity.id).success &&
      !windowsNameProblem(entity.id) &&
      !registry.get(entity.id) &&
      !taken.has(foldedName(entity.id))
        ? entity.id
        : newId('e');
    taken.add(foldedName(id));
    const { mergedInto: _merged, ...fields } = entity;
    added.push({ ...fields, id });
    ids.set(entity.id, id);
    if (entity.kbId) byKb.set(entity.kbId, id);
  }
  return { ids, added };
}
