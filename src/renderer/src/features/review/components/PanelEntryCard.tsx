import type { ReactNode } from 'react';
import { describeVotes, type PanelDecision } from '../../../../../shared/review';
import type { PanelEntry } from '../../../../../shared/review/panelEntries';
import { useCommandKey, useCommandShortcut } from '../../../commands';
import { colorVariable } from '../../../ui/colorVariable';
import { PANEL_LOOK, standingOf } from '../panelLook';

/** What every panel card is given: its candidate, the text as code points, and how it stands in this visit. */
export interface PanelCardProps<C extends PanelEntry> {
  readonly candidate: C;
  /** The text as code points, for quoting. */
  readonly points: readonly string[];
  readonly selected: boolean;
  /** Rejected in this visit: gold lacks it, by decision. */
  readonly rejected: boolean;
  onSelect(): void;
  onDecide(decision: PanelDecision): void;
}

function DecideButton({
  decision,
  onDecide,
}: {
  readonly decision: PanelDecision;
  onDecide(decision: PanelDecision): void;
}) {
  const command = decision === 'accept' ? 'acceptCandidate' : 'rejectCandidate';
  const key = useCommandKey(command);
  const shortcut = useCommandShortcut(command);
  const hint = decision === 'accept' ? 'Put it in gold' : 'Keep it out of gold';
  return (
    <button
      type="button"
      className={`lp-button lp-button--small${decision === 'reject' ? ' lp-button--danger' : ''}`}
      onClick={() => onDecide(decision)}
      title={key ? `${hint} (${key})` : hint}
      // The key is said as the button's shortcut, not read as part of its name.
      aria-keyshortcuts={shortcut}
    >
      {decision === 'accept' ? 'Accept' : 'Reject'} {key && <kbd aria-hidden="true">{key}</kbd>}
    </button>
  );
}

/**
 * One candidate's card: its standing, who of the panel marked it, what gold holds, the body
 * its kind shows, and the two decisions while it is selected.
 */
export function PanelEntryCard({
  candidate: c,
  selected,
  rejected,
  onSelect,
  onDecide,
  kind,
  children,
}: Omit<PanelCardProps<PanelEntry>, 'points'> & {
  /** Named before the votes (`stance`); nothing for a span. */
  readonly kind?: string;
  readonly children: ReactNode;
}) {
  const look = PANEL_LOOK[standingOf(c)];
  const state = c.inGold ? 'in gold' : rejected ? 'rejected' : 'open';
  return (
    <li
      className={`lp-review-item${selected ? ' is-selected' : ''}${state !== 'open' ? ' is-decided' : ''}`}
      tabIndex={-1}
      aria-current={selected || undefined}
      // F6 to the list comes back to the chosen entry.
      data-region-focus={selected || undefined}
      style={colorVariable(look.color)}
      data-item-id={c.id}
      data-state={state}
      data-testid={kind ? `panel-${kind}` : undefined}
      onClick={onSelect}
    >
      <div className="lp-review-item__head">
        <span className="lp-review-badge">{look.name}</span>
        <span className="lp-review-kind">
          {kind ? `${kind} · ` : ''}
          {describeVotes(c)}
        </span>
        <span className={`lp-review-gold lp-review-gold--${c.inGold ? 'gold' : 'open'}`}>
          {state}
        </span>
      </div>
      {children}
      {selected && (
        <div className="lp-review-actions">
          <DecideButton decision="accept" onDecide={onDecide} />
          <DecideButton decision="reject" onDecide={onDecide} />
        </div>
      )}
    </li>
  );
}
