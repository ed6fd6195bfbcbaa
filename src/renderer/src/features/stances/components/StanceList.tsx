import type { Entity, LabelSchema, Span, Stance, StanceEnd } from '../../../../../shared/model';
import { refLabel } from './refLabel';

/** A stance's holder and target as the list shows them. */
export interface StanceEnds {
  readonly holder: string;
  readonly target: string;
}

export interface StanceListProps {
  readonly stances: readonly Stance[];
  readonly spans: readonly Span[];
  readonly entities: readonly Entity[];
  readonly schema: LabelSchema;
  readonly spanText: (span: Span) => string;
  /** `ends`: the stance's holder and target as they read, to say what changed. */
  onPolarity(stanceId: string, polarity: string, ends: StanceEnds): void;
  /** `named`: the stance as its controls name it (`stance Pompeo AGAINST withdrawal`). */
  onDelete(stanceId: string, named: string): void;
  onCarry(stance: Stance): void;
  onSelectEvidence(spanId: string): void;
}

/** The document's stances: holder → polarity → target, with the evidence; edit, delete, carry over. */
export function StanceList(props: StanceListProps) {
  if (props.stances.length === 0) {
    return (
      <p className="lp-muted lp-pad">
        No stances yet. Select a quote, label it, then press S to record who stands where.
      </p>
    );
  }
  const spans = citedSpans(props.stances, props.spans);
  return (
    <ul className="lp-stances" aria-label="Stances">
      {props.stances.map((stance) => {
        const evidence = stance.evidence.map((id) => spans.get(id)).filter((s): s is Span => !!s);
        const label = (ref: Stance['holder'] | Stance['target'], end: StanceEnd): string =>
          refLabel(ref, end, spans, props.entities, props.schema, props.spanText);
        const [holder, target] = [label(stance.holder, 'holder'), label(stance.target, 'target')];
        // Each stance's controls say which stance they act on: a list of "Delete" says nothing.
        const named = `stance ${holder} ${stance.polarity} ${target}`;
        return (
          <li key={stance.id} className="lp-stance" data-stance-id={stance.id}>
            <div className="lp-stance__line">
              <strong>{holder}</strong>
              <select
                className={`lp-polarity-select lp-polarity--${stance.polarity.toLowerCase()}`}
                aria-label={`Polarity of ${named}`}
                value={stance.polarity}
                onChange={(event) =>
                  props.onPolarity(stance.id, event.target.value, { holder, target })
                }
              >
                {props.schema.polarities.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
              <span>{target}</span>
            </div>
            {evidence.map((span) => (
              <button
                key={span.id}
                type="button"
                className="lp-link lp-stance__evidence"
                dir="auto"
                onClick={() => props.onSelectEvidence(span.id)}
              >
                “{props.spanText(span)}”
              </button>
            ))}
            {stance.note && <p className="lp-muted">{stance.note}</p>}
            <div className="lp-row">
              <button
                type="button"
                className="lp-button lp-button--small"
                aria-label={`Find elsewhere… ${named}`}
                onClick={() => props.onCarry(stance)}
              >
                Find elsewhere…
              </button>
              <button
                type="button"
                className="lp-button lp-button--small lp-button--danger"
                aria-label={`Delete ${named}`}
                onClick={() => props.onDelete(stance.id, named)}
              >
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The spans the stances name (evidence, a span holder or target), by id: a set of those ids, not a map of every span. */
function citedSpans(stances: readonly Stance[], spans: readonly Span[]): Map<string, Span> {
  const cited = new Set<string>();
  for (const stance of stances) {
    for (const id of stance.evidence) cited.add(id);
    for (const ref of [stance.holder, stance.target])
      if (ref?.kind === 'span') cited.add(ref.spanId);
  }
  const found = new Map<string, Span>();
  for (const span of spans) if (cited.has(span.id)) found.set(span.id, span);
  return found;
}
