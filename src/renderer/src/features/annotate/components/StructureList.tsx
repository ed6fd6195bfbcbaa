import type { AnnotationEvent, Equivalence, Relation, Span } from '../../../../../shared/model';
import { countOf } from '../../../ui/countOf';

export interface StructureListProps {
  readonly relations: readonly Relation[];
  readonly events: readonly AnnotationEvent[];
  /** Sets of spans naming the same thing (brat `*`): listed, kept, not edited. */
  readonly equivalences?: readonly Equivalence[];
  readonly spans: readonly Span[];
  readonly spanText: (span: Span) => string;
  onSelectSpan(spanId: string): void;
  /** Deletes a relation (the user's own layer); absent: relations are only listed. */
  onDeleteRelation?(relationId: string): void;
}

/** Relations (made here or imported) with a delete button each; events and equivalence sets an import brought (brat E, *): listed, kept, not edited. */
export function StructureList({
  relations,
  events,
  equivalences = [],
  spans,
  spanText,
  onSelectSpan,
  onDeleteRelation,
}: StructureListProps) {
  if (relations.length === 0 && events.length === 0 && equivalences.length === 0) return null;
  const byId = new Map(spans.map((s) => [s.id, s]));
  const title = events.length > 0 ? 'Relations and events' : 'Relations';
  /** A relation's end as its Delete button names it: “Pompeo”, or an event. */
  const named = (id: string): string => {
    const span = byId.get(id);
    return span ? `“${spanText(span)}”` : 'an event';
  };
  const ref = (id: string) => {
    const span = byId.get(id);
    if (!span) return <span className="lp-muted">(an event)</span>;
    return (
      <button type="button" className="lp-link" dir="auto" onClick={() => onSelectSpan(id)}>
        {spanText(span)} <span className="lp-muted">{span.label}</span>
      </button>
    );
  };
  return (
    <section aria-label={title}>
      <h2 className="lp-panel-title">
        {title}{' '}
        <span className="lp-muted">
          {countOf(relations.length, 'relation')}
          {events.length > 0 && ` · ${countOf(events.length, 'event')}`}
          {equivalences.length > 0 && ` · ${countOf(equivalences.length, 'equivalence set')}`}
        </span>
      </h2>
      <ul className="lp-structures">
        {relations.map((r) => (
          <li key={r.id} data-testid="relation">
            {ref(r.from)} <strong>→ {r.type} →</strong> {ref(r.to)}
            {onDeleteRelation && (
              <>
                {' '}
                <button
                  type="button"
                  className="lp-button lp-button--small"
                  aria-label={`Delete relation ${named(r.from)} ${r.type} ${named(r.to)}`}
                  onClick={() => onDeleteRelation(r.id)}
                >
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
        {events.map((e) => (
          <li key={e.id}>
            <strong>{e.type}</strong> {ref(e.trigger)}
            {e.arguments.map((a, i) => (
              <span key={`${a.role}:${i}`}>
                {' '}
                · {a.role}: {ref(a.ref)}
              </span>
            ))}
          </li>
        ))}
        {equivalences.map((q, i) => (
          <li key={`*${i}`} data-testid="equivalence">
            <strong>{q.type}</strong>{' '}
            {q.members.map((id, n) => (
              <span key={`${id}:${n}`}>
                {n > 0 && <strong> = </strong>}
                {ref(id)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
