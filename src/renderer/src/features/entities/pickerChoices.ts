import type { EntityCandidateResult } from '../../../../shared/contract';

/** A choice of the entity picker: an entity found, or a new entity named by the query. */
export type PickerChoice =
  | { readonly kind: 'entity'; readonly candidate: EntityCandidateResult }
  | { readonly kind: 'create'; readonly name: string };

/** What the picker prefers, besides a close name: some entity types, entities this document mentions. */
export interface PickerPreference {
  /** The create choice is offered (for a non-empty query). */
  readonly create: boolean;
  /** The types wanted first (the span's type, or who can hold a stance); null: any type. */
  readonly types: readonly string[] | null;
  /** Ids of the entities the open document mentions: first among equals. */
  readonly mentioned?: ReadonlySet<string>;
  readonly limit?: number;
}

/**
 * How alike a name must be to be the first choice: the same name, an alias, a spelling or
 * transliteration of it, or a part of it ("Pompeo" for "Mike Pompeo"). Below it, names only
 * share letters ("Prime Minister" for "Mike Pompeo" is about 0.5).
 */
export const CLOSE_MATCH = 0.85;

/**
 * The picker's choices in the order Enter should take them. First the entities whose name (or
 * alias) is close to the query and whose type is a wanted one (any type when none is wanted),
 * closest first; then, when the picker may create one, a new entity named by the query; then
 * the rest: wanted types first, then those the document mentions, then by likeness. So a name
 * nothing matches well makes a new entity on Enter rather than linking the mention to a
 * stranger, and an empty query lists the document's people before strangers of other types.
 * @example pickerChoices('Mike Pompeo', [primeMinister], { create: true, types: ['PERSON'] })[0].kind === 'create'
 */
export function pickerChoices(
  query: string,
  found: readonly EntityCandidateResult[],
  options: PickerPreference,
): PickerChoice[] {
  const { types, mentioned } = options;
  const name = query.trim();
  const ofType = (c: EntityCandidateResult): boolean =>
    types === null || types.includes(c.entity.type);
  const inDocument = (c: EntityCandidateResult): boolean => mentioned?.has(c.entity.id) ?? false;
  const good = (c: EntityCandidateResult): boolean =>
    name !== '' && c.score >= CLOSE_MATCH && ofType(c);
  const byName = (a: EntityCandidateResult, b: EntityCandidateResult): number =>
    a.entity.name.localeCompare(b.entity.name);
  const closest = (a: EntityCandidateResult, b: EntityCandidateResult): number =>
    b.score - a.score || Number(inDocument(b)) - Number(inDocument(a)) || byName(a, b);
  const byPreference = (a: EntityCandidateResult, b: EntityCandidateResult): number =>
    Number(ofType(b)) - Number(ofType(a)) ||
    Number(inDocument(b)) - Number(inDocument(a)) ||
    b.score - a.score ||
    byName(a, b);
  const first = found.filter(good).sort(closest);
  const rest = found.filter((c) => !good(c)).sort(byPreference);
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
