import type { Span } from '../../../../../shared/model';
import type { ReviewDecision, ReviewItem, StanceVersion } from '../../../../../shared/review';
import { useCommandKey, useCommandShortcut } from '../../../commands';
import { colorVariable } from '../../../ui/colorVariable';
import { REVIEW_LOOK } from '../reviewLook';

export interface ReviewItemCardProps {
  readonly item: ReviewItem;
  readonly annotators: readonly [string, string];
  /** The text as code points, for quoting spans. */
  readonly points: readonly string[];
  readonly selected: boolean;
  /** Rejected in this visit: gold holds nothing of it, by decision. */
  readonly rejected: boolean;
  onSelect(): void;
  onDecide(decision: ReviewDecision): void;
}

const STATE_TEXT: Record<ReviewItem['gold'] | 'rejected', string> = {
  rejected: 'rejected',
  open: 'open',
  a: 'gold: A',
  b: 'gold: B',
  both: 'gold: both',
  gold: 'in gold',
};

function quote(points: readonly string[], fragments: Span['fragments']): string {
  return fragments.map((f) => points.slice(f.start, f.end).join('')).join(' … ');
}

function spanLine(points: readonly string[], span: Span): string {
  const at = span.fragments.map((f) => `${f.start}–${f.end}`).join(', ');
  return `${span.label} “${quote(points, span.fragments)}” [${at}]`;
}

function stanceLine(points: readonly string[], version: StanceVersion): string {
  const holder = version.holder ? `${version.holder}: ` : '';
  const target = version.target ? ` → ${version.target}` : '';
  const evidence = version.evidence.map((f) => `“${quote(points, f)}”`).join(' ');
  return `${holder}${version.stance.polarity}${target} ${evidence}`;
}

function versionLine(item: ReviewItem, side: 'a' | 'b', points: readonly string[]): string | null {
  if (item.kind === 'span') return item[side] ? spanLine(points, item[side]) : null;
  return item[side] ? stanceLine(points, item[side]) : null;
}

function goldLine(item: ReviewItem, points: readonly string[]): string | null {
  if (item.kind === 'span') return item.goldSpan ? spanLine(points, item.goldSpan) : null;
  return item.goldStance ? stanceLine(points, item.goldStance) : null;
}

/** The decisions a card offers, with the commands whose keys make them. */
const DECISION_BUTTONS = [
  { decision: 'accept_a', label: 'Accept A', hint: "Accept A's version", command: 'acceptA' },
  { decision: 'accept_b', label: 'Accept B', hint: "Accept B's version", command: 'acceptB' },
  { decision: 'accept_both', label: 'Both', hint: 'Accept both versions', command: 'acceptBoth' },
  { decision: 'reject', label: 'Reject', hint: 'Keep it out of gold', command: 'reject' },
] as const satisfies readonly {
  decision: ReviewDecision;
  label: string;
  hint: string;
  command: string;
}[];

/** One decision button, with its command's key (the user's own where set). */
function DecisionButton({
  button,
  onDecide,
}: {
  readonly button: (typeof DECISION_BUTTONS)[number];
  onDecide(decision: ReviewDecision): void;
}) {
  const key = useCommandKey(button.command);
  const shortcut = useCommandShortcut(button.command);
  return (
    <button
      type="button"
      className={`lp-button lp-button--small${button.decision === 'reject' ? ' lp-button--danger' : ''}`}
      onClick={() => onDecide(button.decision)}
      title={key ? `${button.hint} (${key})` : button.hint}
      // The key is said as the button's shortcut, not read as part of its name ("Accept A A").
      aria-keyshortcuts={shortcut}
    >
      {button.label} {key && <kbd aria-hidden="true">{key}</kbd>}
    </button>
  );
}

/** One item to adjudicate: its class, A's and B's versions, what gold holds, and the four decisions. */
export function ReviewItemCard({
  item,
  annotators,
  points,
  selected,
  rejected,
  onSelect,
  onDecide,
}: ReviewItemCardProps) {
  const look = REVIEW_LOOK[item.class];
  const a = versionLine(item, 'a', points);
  const b = item.class === 'agreed' ? null : versionLine(item, 'b', points);
  const gold = goldLine(item, points);
  const state = rejected && item.gold === 'open' ? 'rejected' : item.gold;
  const decided = state !== 'open';
  return (
    <li
      className={`lp-review-item${selected ? ' is-selected' : ''}${decided ? ' is-decided' : ''}`}
      tabIndex={-1}
      aria-current={selected || undefined}
      // F6 to the list comes back to the chosen entry.
      data-region-focus={selected || undefined}
      style={colorVariable(look.color)}
      data-item-id={item.id}
      data-class={item.class}
      data-gold={item.gold}
      data-state={state}
      onClick={onSelect}
    >
      <div className="lp-review-item__head">
        <span className="lp-review-badge">{look.name}</span>
        <span className="lp-review-kind">{item.kind}</span>
        <span className={`lp-review-gold lp-review-gold--${state}`}>{STATE_TEXT[state]}</span>
      </div>
      {a && (
        <div className="lp-review-version">
          <span className="lp-review-who">
            {item.class === 'agreed' ? 'A = B' : `A · ${annotators[0]}`}
          </span>{' '}
          {a}
        </div>
      )}
      {b && (
        <div className="lp-review-version">
          <span className="lp-review-who">B · {annotators[1]}</span> {b}
        </div>
      )}
      {gold && (
        <div className="lp-review-version">
          <span className="lp-review-who">gold</span> {gold}
        </div>
      )}
      {selected && (
        <div className="lp-review-actions">
          {DECISION_BUTTONS.map((button) => (
            <DecisionButton key={button.decision} button={button} onDecide={onDecide} />
          ))}
        </div>
      )}
    </li>
  );
}
