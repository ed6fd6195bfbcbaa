import { Fragment } from 'react';
import type { SourceFacts } from '../../../../../shared/formats/sourceFacts';

export interface SourceFactsListProps {
  /** What the list is about: "From the source file" for a document, "More about this span" for a span. */
  readonly title: string;
  readonly groups: readonly SourceFacts[];
}

/**
 * What an import kept that Loupe has no field for, read-only, under a disclosure the user
 * can fold (open at first): the file's own fields, a span's attributes and references.
 * Nothing when there is none.
 */
export function SourceFactsList({ title, groups }: SourceFactsListProps) {
  if (groups.length === 0) return null;
  const count = groups.reduce((sum, g) => sum + g.facts.length, 0);
  return (
    <details className="lp-source" open data-testid="source-facts">
      <summary className="lp-panel-title">
        {title} <span className="lp-muted">{count}</span>
      </summary>
      {groups.map((group) => (
        <section key={group.heading} aria-label={group.heading}>
          <h3 className="lp-source__heading">{group.heading}</h3>
          <dl className="lp-facts">
            {group.facts.map((fact, i) => (
              <Fragment key={i}>
                <dt dir="auto">{fact.name}</dt>
                <dd dir="auto">{fact.value}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </details>
  );
}
