import type { LabelStyles, Span } from '../../../../shared/model';
import type { PanelCandidate, PanelEntry } from '../../../../shared/review';
import { stylesOf, type ItemLook } from './reviewLook';

/** How a candidate stands: everyone marked it, most did, fewer did, only gold holds it, or decided. */
export type PanelStanding = 'unanimous' | 'majority' | 'minority' | 'gold_only' | 'decided';

/** The colour and name of each standing. */
export const PANEL_LOOK: Readonly<Record<PanelStanding, ItemLook>> = {
  unanimous: { color: '#1a9850', name: 'Everyone' },
  majority: { color: '#2b6cb0', name: 'Majority' },
  minority: { color: '#d7191c', name: 'Minority' },
  gold_only: { color: '#8a6d3b', name: 'Gold only' },
  decided: { color: '#9aa0a6', name: 'Decided' },
};

/** The standings as label styles, so the reading view can draw candidates by standing. */
export const PANEL_STYLES: LabelStyles = stylesOf(PANEL_LOOK);

/** A candidate's standing before any decision. */
export function standingOf(
  c: Pick<PanelCandidate, 'votes' | 'of' | 'majority'>,
): Exclude<PanelStanding, 'decided'> {
  if (c.votes === 0) return 'gold_only';
  if (c.votes === c.of) return 'unanimous';
  return c.majority ? 'majority' : 'minority';
}

const T = '1970-01-01T00:00:00.000Z';

/** What an entry covers in the text: a span's fragments, a stance's evidence. */
export function entryFragments(entry: PanelEntry): Span['fragments'] {
  return 'kind' in entry ? entry.version.evidence.flat() : entry.span.fragments;
}

/**
 * The candidates (spans, and stances at their evidence) as spans the reading view can draw,
 * labelled by standing (or `decided` once gold holds one or it was rejected); ids are the
 * candidates' ids.
 */
export function candidateHighlights(
  entries: readonly PanelEntry[],
  rejected: ReadonlySet<string>,
): Span[] {
  return entries.map((c) => ({
    id: c.id,
    label: c.inGold || rejected.has(c.id) ? 'decided' : standingOf(c),
    fragments: entryFragments(c),
    author: 'review',
    createdAt: T,
    updatedAt: T,
  }));
}
