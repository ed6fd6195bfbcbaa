import { shortName, type FormatDocument, type FormatRelation, type FormatSpan } from '../common';
import { KEPT_WEBANNO } from './keptWebanno';
import { isRecord } from '../../collections';

/** INCEpTION's named entity layer: its spans carry no `layer` attribute, and a span without one goes there. */
export const NAMED_ENTITY = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity';
/** The relation layer of a relation without a `layer` attribute (INCEpTION's custom relation name). */
export const RELATION = 'webanno.custom.Relation';

/** A layer to write: its name and features, the first one holding the label. */
export interface LayerToWrite {
  readonly name: string;
  readonly features: readonly string[];
}

/** The layer an annotation goes to: its `layer` attribute, else the default. */
export function layerOf(annotation: FormatSpan | FormatRelation, fallback: string): string {
  const layer = annotation.attributes?.layer;
  return typeof layer === 'string' && layer !== '' ? layer : fallback;
}

/**
 * The layers of annotations, in the order the imported file declared them, then as first
 * seen: features as that file declared them (its label feature first), else `value`, then
 * any other attribute names. A layer the file declared without features is written so while
 * its annotations are labelled with its short name and have no attributes (INCEpTION's
 * `#T_SP=webanno.custom.Expressiv|`, `#T_RL=webanno.custom.PluralRef|BT_…`).
 * @example layersToWrite([span], doc, NAMED_ENTITY) → [{ name: '…NamedEntity', features: ['value'] }]
 */
export function layersToWrite(
  annotations: readonly (FormatSpan | FormatRelation)[],
  doc: FormatDocument,
  fallback: string,
): LayerToWrite[] {
  const declared = declaredFeatures(doc);
  const layers = new Map<string, Set<string>>();
  // Layers the file declared without features, whose annotations all still fit that.
  const bare = new Set([...declared].filter(([, f]) => f.length === 0).map(([name]) => name));
  for (const a of annotations) {
    const name = layerOf(a, fallback);
    const features = layers.get(name) ?? new Set(declared.get(name) ?? ['value']);
    const others = Object.keys(a.attributes ?? {}).filter((key) => key !== 'layer');
    const label = 'label' in a ? a.label : a.type;
    if (bare.has(name) && (label !== shortName(name) || others.length > 0)) {
      bare.delete(name);
      features.add('value');
    }
    for (const key of others.sort()) features.add(key);
    layers.set(name, features);
  }
  // In the order the imported file declared its layers, then the others as first seen.
  const order = [...declared.keys()];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...layers]
    .map(([name, features]) => ({
      name,
      // A span layer without features has one placeholder column (`#T_SP=…Expressiv|`, `*[1]`).
      features: features.size === 0 && fallback !== RELATION ? [''] : [...features],
    }))
    .sort((a, b) => rank(a.name) - rank(b.name));
}

/** The plain features each span and relation layer of an imported file's header declared (none: a layer without features). */
function declaredFeatures(doc: FormatDocument): Map<string, string[]> {
  const kept = doc.metadata?.[KEPT_WEBANNO];
  const lines = isRecord(kept) && Array.isArray(kept.layers) ? kept.layers : [];
  const found = new Map<string, string[]>();
  for (const line of lines) {
    if (typeof line !== 'string' || !/^#T_(SP|RL)=/.test(line)) continue;
    const span = line.startsWith('#T_SP=');
    const [name = '', ...fields] = line.slice(6).split('|');
    const plain = fields.filter(
      (f) =>
        f !== '' && !f.startsWith('ROLE_') && !f.startsWith('BT_') && !(span && f.includes('.')),
    );
    found.set(name, plain);
  }
  return found;
}

export { shortName };
