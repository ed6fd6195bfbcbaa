import type { Target } from '../model';
import type { Fragment } from '../spans';
import { fragmentsKey } from './fragmentsKey';

/**
 * What stance agreement reads of one annotator's layer. Every `Layer` is one.
 * @example { spans: [{ id: 's1', fragments: [{ start: 0, end: 9 }] }], stances: [{ polarity: 'AGAINST', evidence: ['s1'] }] }
 */
export interface StanceLayer {
  readonly spans: readonly { readonly id: string; readonly fragments: readonly Fragment[] }[];
  readonly stances: readonly {
    readonly target?: Target | undefined;
    readonly polarity: string;
    readonly evidence: readonly string[];
  }[];
}

/**
 * One stance as the annotators recorded it: same document, evidence spans with
 * identical offsets, same target; `polarities[a]` is annotator a's, null if they have none.
 * @example { documentId: 'd1', evidence: [[{ start: 0, end: 9 }]], target: 'topic:us-troops', polarities: ['AGAINST', null] }
 */
export interface StanceUnit {
  readonly documentId: string;
  readonly evidence: readonly (readonly Fragment[])[];
  /** `topic:<id>`, `entity:<id>`, `span:<start>-<end>,…` (by offsets), or '' without target. */
  readonly target: string;
  readonly polarities: readonly (string | null)[];
}

/** A document and its layers, one per annotator, in the same order for every document. */
export interface StanceDocument {
  readonly id: string;
  readonly layers: readonly StanceLayer[];
}

function targetKey(
  target: Target | undefined,
  spans: ReadonlyMap<string, readonly Fragment[]>,
): string {
  if (!target) return '';
  if (target.kind === 'topic') return `topic:${target.topicId}`;
  if (target.kind === 'entity') return `entity:${target.entityId}`;
  const fragments = spans.get(target.spanId);
  return fragments ? `span:${fragmentsKey(fragments)}` : `span-id:${target.spanId}`;
}

interface Building {
  readonly unit: StanceUnit;
  readonly polarities: (string | null)[];
}

/** Adds one annotator's stances of a document to `units`, keyed by evidence offsets and target. */
function collect(
  documentId: string,
  layer: StanceLayer,
  annotator: number,
  annotatorCount: number,
  units: Map<string, Building>,
): void {
  const spans = new Map(layer.spans.map((s) => [s.id, s.fragments] as const));
  for (const stance of layer.stances) {
    const byKey = new Map<string, readonly Fragment[]>();
    for (const id of stance.evidence) {
      const fragments = spans.get(id);
      if (fragments) byKey.set(fragmentsKey(fragments), fragments);
    }
    if (byKey.size === 0) continue;
    const sorted = [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const keys = sorted.map(([k]) => k);
    const evidence = sorted.map(([, fragments]) => fragments);
    const target = targetKey(stance.target, spans);
    const key = [documentId, keys.join('|'), target].join('\u0000');
    let building = units.get(key);
    if (!building) {
      const polarities = new Array<string | null>(annotatorCount).fill(null);
      building = { unit: { documentId, evidence, target, polarities }, polarities };
      units.set(key, building);
    }
    // An annotator's duplicate stance on one unit: the first one in the layer counts.
    if (building.polarities[annotator] === null) building.polarities[annotator] = stance.polarity;
  }
}

/**
 * Pairs the stances of different annotators into units: a unit is one document,
 * one set of evidence offsets (evidence spans match by offsets, not by id) and one
 * target (span targets also match by offsets). Stances whose evidence resolves to no
 * span of their layer are skipped. Units come in order of first appearance.
 * @example stanceUnits([{ id: 'd1', layers: [amira, omar] }]) → [{ documentId: 'd1', …, polarities: ['AGAINST', 'FAVOR'] }]
 */
export function stanceUnits(documents: readonly StanceDocument[]): StanceUnit[] {
  const annotatorCount = documents[0]?.layers.length ?? 0;
  const units = new Map<string, Building>();
  for (const doc of documents) {
    if (doc.layers.length !== annotatorCount) {
      throw new RangeError(
        `document ${doc.id} has ${doc.layers.length} layers; expected ${annotatorCount}`,
      );
    }
    doc.layers.forEach((layer, a) => collect(doc.id, layer, a, annotatorCount, units));
  }
  return [...units.values()].map((b) => b.unit);
}
