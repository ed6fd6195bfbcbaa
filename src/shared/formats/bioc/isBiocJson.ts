import { isRecord } from '../../collections';

/**
 * Whether a JSON record is BioC JSON: a collection (`documents` whose first holds `passages`),
 * a document (`passages` of records with an `offset`) or PubTator 3's `biocjson` export
 * (`PubTator3`: a list of such documents).
 * @example isBiocJson({ source: 'PubTator', documents: [{ id: '1', passages: [] }] }) === true
 */
export function isBiocJson(record: Readonly<Record<string, unknown>>): boolean {
  const { documents, passages, PubTator3: pubtator } = record;
  if (Array.isArray(passages)) return passages.every((p) => isRecord(p) && 'offset' in p);
  const [first] = Array.isArray(documents) ? documents : Array.isArray(pubtator) ? pubtator : [];
  return isRecord(first) && Array.isArray(first.passages);
}
