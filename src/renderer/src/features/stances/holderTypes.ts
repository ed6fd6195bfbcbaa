/**
 * Type names of who can hold a stance: people, organisations, nations and groups, as projects
 * spell them (OntoNotes PERSON/ORG/GPE/NORP, CoNLL PER/ORG, spelled-out Person/Organization).
 */
const HOLDER_TYPE =
  /^(per|pers|person|persons|people|org|orgs|organi[sz]ation|organi[sz]ations|gpe|norp|group)$/i;

/**
 * The labels or entity types, among `names`, of who can hold a stance; null when none looks so
 * (a project's own names): then any type may.
 * @example holderTypes(['PER', 'LOC', 'ORG', 'MISC']) → ['PER', 'ORG']
 */
export function holderTypes(names: readonly string[]): readonly string[] | null {
  const holders = names.filter((name) => HOLDER_TYPE.test(name.trim()));
  return holders.length > 0 ? holders : null;
}
