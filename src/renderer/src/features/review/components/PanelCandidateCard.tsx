import {
  describeVotes,
  type PanelCandidate,
  type PanelDecision,
} from '../../../../../shared/review';
import { useCommandKey } from '../../../commands';
import { colorVariable } from '../../../ui/colorVariable';
import { PANEL_LOOK, standingOf } from '../panelLook';

export interface PanelCandidateCardProps {
  readonly candidate: PanelCandidate;
  /** The text as code points, for quoting the span. */
  readonly points: readonly string[];
  readonly selected: boolean;
  /** Rejected in this visit: gold lacks it, by decision. */
  readonly rejected: boolean;
  onSelect(): void;
  onDecide(decision: PanelDecision): void;
}

/** Accept or Reject, with the key that does the same. */
export function DecideButton({
  decision,
  onDecide,
}: {
  readonly decision: PanelDecision;
  onDecide(decision: PanelDecision): void;
}) {
  const key = useCommandKey(decision === 'accept' ? 'acceptCandidate' : 'rejectCandidate');
  const hint = decision === 'accept' ? 'Put it in gold' : 'Keep it out of gold';
  return (
    <button
      type="button"
      className={`lp-button lp-button--small${decision === 'reject' ? ' lp-button--danger' : ''}`}
      onClick={() => onDecide(decision)}
      title={key ? `${hint} (${key})` : hint}
    >
      {decision === 'accept' ? 'Accept' : 'Reject'} {key && <kbd>{key}</kbd>}
    </button>
  );
}

/** One candidate span: label, text, who of the panel marked it, what gold holds, and the two decisions. */
export function PanelCandidateCard({
  candidate: c,
  points,
  selected,
  rejected,
  onSelect,
  onDecide,
}: PanelCandidateCardProps) {
  const look = PANEL_LOOK[standingOf(c)];
  const state = c.inGold ? 'in gold' : rejected ? 'rejected' : 'open';
  const text = c.span.fragments.map((f) => points.slice(f.start, f.end).join('')).join(' … ');
  const at = c.span.fragments.map((f) => `${f.start}–${f.end}`).join(', ');
  return (
    <li
      className={`lp-review-item${selected ? ' is-selected' : ''}${state !== 'open' ? ' is-decided' : ''}`}
      style={colorVariable(look.color)}
      data-item-id={c.id}
      data-state={state}
      onClick={onSelect}
    >
      <div className="lp-review-item__head">
        <span className="lp-review-badge">{look.name}</span>
        <span className="lp-review-kind">{describeVotes(c)}</span>
        <span className={`lp-review-gold lp-review-gold--${c.inGold ? 'gold' : 'open'}`}>
          {state}
        </span>
      </div>
      <div className="lp-review-version">
        <b>{c.span.label}</b> “{text}” [{at}]
      </div>
      {c.rivals.length > 0 && (
        <div className="lp-review-version lp-muted">competes with {c.rivals.join(', ')}</div>
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
