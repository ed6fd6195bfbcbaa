import { compareNames } from '../../../../../shared/collections';
import type { AgreementResult } from '../../../../../shared/agreement';
import type { DocumentSummary, LayerSummary } from '../../../../../shared/contract';
import { GOLD } from '../../../../../shared/model';
import { formatFigure } from '../formatFigure';

export interface DocumentTableProps {
  readonly result: AgreementResult;
  readonly documents: readonly DocumentSummary[];
  readonly annotators: readonly [string, string];
  onOpen(documentId: string): void;
}

const STATUS_TEXT: Record<LayerSummary['status'], string> = {
  todo: 'to do',
  in_progress: 'in progress',
  done: 'done',
};

function figure(value: number | null): string {
  return formatFigure(value, 2);
}

function LayerCell({ layer }: { readonly layer: LayerSummary | undefined }) {
  if (!layer) return <td className="lp-muted">—</td>;
  return (
    <td>
      <span className={`lp-status lp-status--${layer.status}`}>
        {layer.problem ? 'damaged' : STATUS_TEXT[layer.status]}
      </span>{' '}
      <span className="lp-muted">
        {layer.spanCount}/{layer.stanceCount}
      </span>
    </td>
  );
}

/**
 * Documents by F1, worst first (documents neither annotator touched last). Each document's name
 * is a button that opens it in review (a click anywhere on its row does too), so the table stays
 * a table a screen reader walks cell by cell, and Tab goes from document to document.
 */
export function DocumentTable({ result, documents, annotators, onOpen }: DocumentTableProps) {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const rows = [...result.documents].sort(
    (x, y) =>
      (x.f1 ?? 2) - (y.f1 ?? 2) ||
      compareNames(byId.get(x.id)?.name ?? x.id, byId.get(y.id)?.name ?? y.id),
  );
  const layerOf = (id: string, name: string) =>
    byId.get(id)?.layers?.find((l) => l.annotator === name);
  return (
    <table className="lp-doctable" aria-label="Documents by agreement">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col" title="span F1, B against A">
            F1
          </th>
          <th scope="col" title="Krippendorff's unitizing alpha of span boundaries">
            α<sub>U</sub>
          </th>
          <th scope="col" title="status, spans/stances">
            A · {annotators[0]}
          </th>
          <th scope="col" title="status, spans/stances">
            B · {annotators[1]}
          </th>
          <th scope="col" title="status, spans/stances">
            gold
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-document-id={row.id} onClick={() => onOpen(row.id)}>
            <th scope="row" className="lp-doctable__name">
              <button
                type="button"
                className="lp-link"
                data-review-document={row.id}
                title="Open in review"
                onClick={(event) => {
                  event.stopPropagation(); // the row's click would open it a second time
                  onOpen(row.id);
                }}
              >
                {byId.get(row.id)?.name ?? row.id}
              </button>
            </th>
            <td>
              <span className="lp-doctable__f1">
                <span className="lp-doctable__meter" style={{ width: `${(row.f1 ?? 0) * 48}px` }} />
                {figure(row.f1)}
              </span>
            </td>
            <td>{figure(row.unitizingAlpha)}</td>
            <LayerCell layer={layerOf(row.id, annotators[0])} />
            <LayerCell layer={layerOf(row.id, annotators[1])} />
            <LayerCell layer={layerOf(row.id, GOLD)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
