import type { EntityCandidateResult } from '../../../../shared/contract';

/** A choice of the entity picker: an entity found, or a new entity named by the query. */
export type PickerChoice =
  | { readonly kind: 'entity'; readonly candidate: EntityCandidateResult }
  | { readonly kind: 'create'; readonly name: string };

/**
 * How alike a name must be to be the first choice: the same name, an alias, a spelling or
 * transliteration of it, or a part of it ("Pompeo" for "Mike Pompeo"). Below it, names only
 * share letters ("Prime Minister" for "Mike Pompeo" is about 0.5).
 */
export const CLOSE_MATCH = 0.85;

/**
 * The picker's choices in the order Enter should take them. First the entities whose name (or
 * alias) is close to the query and whose type is the span's (any type when the span's label is
 * no entity type), closest first; then, when the picker may create one, a new entity named by
 * the query; then the rest: the span's type first, then by likeness. So a name nothing matches
 * well makes a new entity on Enter rather than linking the mention to a stranger.
 * @example pickerChoices('Mike Pompeo', [primeMinister], { create: true, type: 'PERSON' })[0].kind === 'create'
 */
export function pickerChoices(
  query: string,
  found: readonly EntityCandidateResult[],
  options: { readonly create: boolean; readonly type: string | null; readonly limit?: number },
): PickerChoice[] {
  const { type } = options;
  const name = query.trim();
  const ofType = (c: EntityCandidateResult): boolean => type === null || c.entity.type === type;
  const good = (c: EntityCandidateResult): boolean =>
    name !== '' && c.score >= CLOSE_MATCH && ofType(c);
  const byLikeness = (a: EntityCandidateResult, b: EntityCandidateResult): number =>
    Number(ofType(b)) - Number(ofType(a)) ||
    b.score - a.score ||
    a.entity.name.localeCompare(b.entity.name);
  const first = found.filter(good).sort(byLikeness);
  const rest = found.filter((c) => !good(c)).sort(byLikeness);
  const entity = (candidate: EntityCandidateResult): PickerChoice => ({
    kind: 'entity',
    candidate,
  });
  const entities = [...first, ...rest].slice(0, options.limit ?? found.length).map(entity);
  if (!options.create || !name) return entities;
  return [
    ...entities.slice(0, first.length),
    { kind: 'create', name },
    ...entities.slice(first.length),
  ];
}
