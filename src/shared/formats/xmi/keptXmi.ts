import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { KEPT_XMI } from '../common/keptKeys';

export { KEPT_XMI };

/**
 * One feature structure of the file as it was written: what stood before it (line break,
 * indent), its source, and for one Loupe read as a span or relation, what it was read as
 * (see `fingerprint`), so an export writes it back unchanged while Loupe holds the same.
 */
export type KeptElement = readonly [gap: string, source: string, read?: string];

/**
 * What a document imported from a UIMA CAS XMI file keeps beside its text (metadata key
 * `$xmi`), so an XMI export writes the file back as it came: the declaration and root start
 * tag (its namespaces), every feature structure in file order (tokens, sentences, the sofa,
 * views, chains, dependencies, what Loupe does not model), and the end.
 * @example { head: '<?xml …?><xmi:XMI …>', elements: [['\n    ', '<cas:NULL xmi:id="0"/>']], tail: '\n</xmi:XMI>' }
 */
export interface KeptXmi {
  readonly head: string;
  readonly elements: readonly KeptElement[];
  readonly tail: string;
  /** By type, the feature its annotations' labels were read from (a custom layer's first feature). */
  readonly labels: Readonly<Record<string, string>>;
  /** The `TypeSystem.xml` that came beside the file (an INCEpTION zip export), written back beside it. */
  readonly typeSystem?: string;
}

/** The kept XMI layout of a document's metadata, or null (checked loosely: a damaged one is not used). */
export function keptXmiOf(metadata: DocumentMetadata | undefined): KeptXmi | null {
  const kept = metadata?.[KEPT_XMI];
  if (!isRecord(kept) || typeof kept.head !== 'string' || typeof kept.tail !== 'string')
    return null;
  if (!Array.isArray(kept.elements)) return null;
  const elements: KeptElement[] = [];
  for (const item of kept.elements) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'string')
      return null;
    elements.push(typeof item[2] === 'string' ? [item[0], item[1], item[2]] : [item[0], item[1]]);
  }
  const labels: Record<string, string> = {};
  if (isRecord(kept.labels))
    for (const [type, key] of Object.entries(kept.labels))
      if (typeof key === 'string') setOwn(labels, type, key);
  const typeSystem = typeof kept.typeSystem === 'string' ? { typeSystem: kept.typeSystem } : {};
  return { head: kept.head, elements, tail: kept.tail, labels, ...typeSystem };
}

/**
 * What a span or relation was read as, to know it again when written back: its type, UTF-16
 * extent (a relation: its ends' fingerprints), label and other features, sorted.
 * @example fingerprint('…NamedEntity', '0:4', 'PER', {}) === '…NamedEntity\u00000:4\u0000PER\u0000{}'
 */
export function fingerprint(
  type: string,
  place: string,
  label: string,
  attributes: Readonly<Record<string, unknown>>,
): string {
  const sorted = Object.keys(attributes)
    .filter((k) => k !== 'layer')
    .sort()
    .map((k) => [k, attributes[k]]);
  return [type, place, label, JSON.stringify(sorted)].join('\u0000');
}
