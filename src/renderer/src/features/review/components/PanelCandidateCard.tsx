import type { PanelCandidate } from '../../../../../shared/review';
import { PanelEntryCard, type PanelCardProps } from './PanelEntryCard';

/** One candidate span: label, text, who of the panel marked it, what gold holds, and the two decisions. */
export function PanelCandidateCard({ points, ...card }: PanelCardProps<PanelCandidate>) {
  const c = card.candidate;
  const text = c.span.fragments.map((f) => points.slice(f.start, f.end).join('')).join(' … ');
  const at = c.span.fragments.map((f) => `${f.start}–${f.end}`).join(', ');
  return (
    <PanelEntryCard {...card}>
      <div className="lp-review-version">
        <b>{c.span.label}</b> “{text}” [{at}]
      </div>
      {c.rivals.length > 0 && (
        <div className="lp-review-version lp-muted">competes with {c.rivals.join(', ')}</div>
      )}
    </PanelEntryCard>
  );
}
