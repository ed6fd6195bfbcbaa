import {
  describeVotes,
  type PanelDecision,
  type PanelStanceCandidate,
} from '../../../../../shared/review';
import { colorVariable } from '../../../ui/colorVariable';
import { PANEL_LOOK, standingOf } from '../panelLook';
import { DecideButton } from './PanelCandidateCard';

export interface PanelStanceCardProps {
  readonly candidate: PanelStanceCandidate;
  /** The text as code points, for quoting the evidence. */
  readonly points: readonly string[];
  readonly selected: boolean;
  /** Rejected in this visit: gold lacks it, by decision. */
  readonly rejected: boolean;
  onSelect(): void;
  onDecide(decision: PanelDecision): void;
}

/** One candidate stance: holder, polarity and target, its evidence, who of the panel recorded it, what gold holds, and the two decisions. */
export function PanelStanceCard({
  candidate: c,
  points,
  selected,
  rejected,
  onSelect,
  onDecide,
}: PanelStanceCardProps) {
  const look = PANEL_LOOK[standingOf(c)];
  const state = c.inGold ? 'in gold' : rejected ? 'rejected' : 'open';
  const { stance, holder, target, evidence } = c.version;
  const quotes = evidence.map((fragments) =>
    fragments.map((f) => points.slice(f.start, f.end).join('')).join(' … '),
  );
  return (
    <li
      className={`lp-review-item${selected ? ' is-selected' : ''}${state !== 'open' ? ' is-decided' : ''}`}
      style={colorVariable(look.color)}
      data-item-id={c.id}
      data-state={state}
      data-testid="panel-stance"
      onClick={onSelect}
    >
      <div className="lp-review-item__head">
        <span className="lp-review-badge">{look.name}</span>
        <span className="lp-review-kind">stance · {describeVotes(c)}</span>
        <span className={`lp-review-gold lp-review-gold--${c.inGold ? 'gold' : 'open'}`}>
          {state}
        </span>
      </div>
      <div className="lp-review-version" dir="auto">
        {holder ?? <span className="lp-muted">no holder</span>} <b>{stance.polarity}</b>{' '}
        {target ?? <span className="lp-muted">no target</span>}
      </div>
      {quotes.length > 0 && (
        <div className="lp-review-version lp-muted" dir="auto">
          evidence: {quotes.map((q) => `“${q}”`).join(', ')}
        </div>
      )}
      {selected && (
        <div className="lp-review-actions">
          <DecideButton decision="accept" onDecide={onDecide} />
          <DecideButton decision="reject" onDecide={onDecide} />
        </div>
      )}
    </li>
  );
}
