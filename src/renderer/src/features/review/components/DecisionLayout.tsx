import type { ReactNode } from 'react';
import type { LabelStyles, Span } from '../../../../../shared/model';
import type { Fragment } from '../../../../../shared/spans';
import { ReadingView } from '../../../editor';

const NO_GHOSTS: readonly (Fragment & { readonly selected: boolean })[] = [];

/** What review and adjudication share: a bar and legend, the read-only text, and the list of entries to decide. */
export function DecisionLayout(props: {
  readonly label: string;
  readonly head: ReactNode;
  readonly text: string;
  readonly highlights: readonly Span[];
  readonly styles: LabelStyles;
  readonly selectedId: string | null;
  readonly pending: Fragment | null;
  readonly onSpanClick: (highlightId: string) => void;
  readonly listLabel: string;
  /** Said instead of the list when it is empty. */
  readonly empty: string | null;
  readonly children: ReactNode;
}) {
  return (
    <section className="lp-review" aria-label={props.label}>
      {props.head}
      <div className="lp-review-body">
        <div className="lp-review-text" data-region="view-text">
          <div className="lp-page">
            <ReadingView
              text={props.text}
              spans={props.highlights}
              styles={props.styles}
              selectedId={props.selectedId}
              pending={props.pending}
              ghosts={NO_GHOSTS}
              onSelect={() => undefined}
              onSpanClick={props.onSpanClick}
              onGhostClick={() => undefined}
            />
          </div>
        </div>
        <aside className="lp-review-list" aria-label={props.listLabel} data-region="view-list">
          {props.empty && <p className="lp-muted">{props.empty}</p>}
          <ol>{props.children}</ol>
        </aside>
      </div>
    </section>
  );
}
