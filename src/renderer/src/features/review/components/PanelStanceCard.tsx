import type { PanelStanceCandidate } from '../../../../../shared/review';
import { PanelEntryCard, type PanelCardProps } from './PanelEntryCard';

/** One candidate stance: holder, polarity and target, its evidence, who of the panel recorded it, what gold holds, and the two decisions. */
export function PanelStanceCard({ points, ...card }: PanelCardProps<PanelStanceCandidate>) {
  const { stance, holder, target, evidence } = card.candidate.version;
  const quotes = evidence.map((fragments) =>
    fragments.map((f) => points.slice(f.start, f.end).join('')).join(' … '),
  );
  return (
    <PanelEntryCard {...card} kind="stance">
      <div className="lp-review-version" dir="auto">
        {holder ?? <span className="lp-muted">no holder</span>} <b>{stance.polarity}</b>{' '}
        {target ?? <span className="lp-muted">no target</span>}
      </div>
      {quotes.length > 0 && (
        <div className="lp-review-version lp-muted" dir="auto">
          evidence: {quotes.map((q) => `“${q}”`).join(', ')}
        </div>
      )}
    </PanelEntryCard>
  );
}
