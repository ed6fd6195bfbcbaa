import { fragmentsKey } from '../agreement';
import type { Rejection, Span, Stance } from '../model';
import { fragmentOf, spanExtent, type Fragment } from '../spans';
import type { PanelStanceCandidate } from './panelCandidate';
import type { PanelLayer } from './panelCandidates';
import { evidenceOf, stanceKey } from './reviewKeys';
import type { DescribeRef } from './reviewStances';
import { rejectedKeys } from './rejectionKeys';

/** A layer's spans and stances, as the panel reads them (gold's also its rejections). */
interface SpansAndStances {
  readonly spans: readonly Span[];
  readonly stances: readonly Stance[];
  readonly rejected?: readonly Rejection[];
}

/** One annotator's spans and stances, under the annotator's name. */
export interface PanelStanceLayer extends PanelLayer, SpansAndStances {}

/** FNV-1a over UTF-16 units, as 8 hex digits: a short digest for ids a reviewer can type. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A stance candidate's id: its evidence offsets and polarity, readable in a command line, and
 * a digest of the rest of its key (target and holder).
 * @example stanceCandidateId('8-13\u0000topic:t\u0000AGAINST\u0000', [[{ start: 8, end: 13 }]], 'AGAINST') === 'stance@8-13/AGAINST/…'
 */
export function stanceCandidateId(
  key: string,
  evidence: readonly (readonly Fragment[])[],
  polarity: string,
): string {
  return `stance@${evidence.map(fragmentsKey).join('|') || 'none'}/${polarity}/${digest(key)}`;
}

interface Gathered {
  readonly key: string;
  readonly stance: Stance;
  readonly spans: ReadonlyMap<string, Span>;
  readonly annotators: string[];
}

/**
 * Every distinct stance the panel recorded (equal when evidence offsets, target, polarity and
 * holder are), each with who recorded it, whether more than half did and whether gold holds
 * it (or records it as rejected); then gold's stances nobody recorded. In text order of the evidence.
 * @example panelStanceCandidates([alice, bob], gold, describe)[0].votes === 2
 */
export function panelStanceCandidates(
  layers: readonly PanelStanceLayer[],
  gold: SpansAndStances,
  describe: DescribeRef,
): PanelStanceCandidate[] {
  const byKey = new Map<string, Gathered>();
  const gather = (annotator: string | null, layer: SpansAndStances): void => {
    const spans = new Map(layer.spans.map((s) => [s.id, s]));
    for (const stance of layer.stances) {
      const key = stanceKey(stance, spans);
      const at = byKey.get(key);
      if (!at) byKey.set(key, { key, stance, spans, annotators: annotator ? [annotator] : [] });
      else if (annotator && !at.annotators.includes(annotator)) at.annotators.push(annotator);
    }
  };
  for (const layer of layers) gather(layer.annotator, layer);
  gather(null, gold);
  const goldSpans = new Map(gold.spans.map((s) => [s.id, s]));
  const goldKeys = new Set(gold.stances.map((s) => stanceKey(s, goldSpans)));
  const rejected = rejectedKeys(gold.rejected).stances;
  const of = layers.length;
  const candidates = [...byKey.values()].map((g): PanelStanceCandidate => {
    const evidence = evidenceOf(g.stance, g.spans);
    const extent = evidence.length === 0 ? fragmentOf(0, 0) : spanExtent(evidence.flat());
    return {
      kind: 'stance',
      id: stanceCandidateId(g.key, evidence, g.stance.polarity),
      version: {
        stance: g.stance,
        evidence,
        holder: g.stance.holder ? describe(g.stance.holder, g.spans) : null,
        target: g.stance.target ? describe(g.stance.target, g.spans) : null,
      },
      annotators: g.annotators,
      votes: g.annotators.length,
      of,
      majority: g.annotators.length * 2 > of,
      inGold: goldKeys.has(g.key),
      rejected: !goldKeys.has(g.key) && rejected.has(g.key),
      start: extent.start,
      end: extent.end,
    };
  });
  return candidates.sort(
    (x, y) => x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
}
