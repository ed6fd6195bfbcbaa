import { useState } from 'react';
import type { DocumentSummary } from '../../../../../shared/contract';

/** How many of `annotators` have spans in a document. */
function annotatedBy(document: DocumentSummary, annotators: readonly string[]): number {
  return (document.layers ?? []).filter((l) => annotators.includes(l.annotator) && l.spanCount > 0)
    .length;
}

/** Opens the adjudication of one document among every annotator at once (not just the pair). */
export function PanelPicker({
  annotators,
  documents,
  onAdjudicate,
}: {
  readonly annotators: readonly string[];
  readonly documents: readonly DocumentSummary[];
  onAdjudicate(documentId: string): void;
}) {
  const ranked = [...documents].sort(
    (x, y) => annotatedBy(y, annotators) - annotatedBy(x, annotators),
  );
  const [chosen, setChosen] = useState<string>('');
  const documentId = chosen || ranked[0]?.id || '';
  return (
    <div
      className="lp-agree-panel lp-agree-panel--wide"
      aria-label="Adjudicate among all annotators"
    >
      <h3 className="lp-panel-title">
        Adjudicate among all {annotators.length} annotators ({annotators.join(', ')})
      </h3>
      <div className="lp-agree-panel-pick">
        <label className="lp-agree-pick">
          Document
          <select
            aria-label="Document to adjudicate"
            value={documentId}
            onChange={(event) => setChosen(event.target.value)}
          >
            {ranked.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} · {annotatedBy(d, annotators)} of {annotators.length} annotated
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="lp-button lp-button--primary"
          disabled={!documentId}
          data-adjudicate
          onClick={() => onAdjudicate(documentId)}
        >
          Adjudicate
        </button>
      </div>
    </div>
  );
}
