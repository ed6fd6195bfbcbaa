import type { DocumentStatus } from '../../../../../shared/model';
import type { DocumentSummary, LayerSummary } from '../../../../../shared/contract';
import {
  useModel,
  useStoreAfterEdit,
  useStoreValue,
  documentIdOf,
  openedSaidIn,
  type Model,
} from '../../../model';
import { TeammateChangesBadge } from '../../sync';
import { countOf } from '../../../ui/countOf';

const STATUS_TEXT: Record<DocumentStatus, string> = {
  todo: 'to do',
  in_progress: 'in progress',
  done: 'done',
};

/** Every annotator's spans on a document as a screen reader says them: "amira 5 spans, done; omar 0 spans". */
function layersSaid(layers: readonly LayerSummary[]): string {
  return layers
    .map(
      (l) => `${l.annotator} ${countOf(l.spanCount, 'span')}${l.status === 'done' ? ', done' : ''}`,
    )
    .join('; ');
}

/** What an entry says under its title: its file name, then the file it was imported from. */
function fileLine(doc: DocumentSummary): string {
  const from = doc.source ? `from ${doc.source}` : '';
  return doc.title ? [doc.name, from].filter(Boolean).join(' · ') : from;
}

/**
 * Opens a document from the list, which keeps the keyboard: a screen reader hears which
 * document opened (the button it is on only became the current one).
 */
async function openFromList(model: Model, documentId: string): Promise<void> {
  try {
    await model.document.open(documentId);
  } catch (error) {
    return model.notifications.report(error);
  }
  const said = openedSaidIn(model.documents.snapshot, documentId);
  if (said) model.announcements.announce(said);
}

/**
 * The project's documents with their span count and status, the file each was imported from
 * when Loupe kept it, and every annotator's counts when there are several. The counts follow an edit once it is painted and saved, so the frames that
 * show the edit and its "Saved" do not render the list.
 */
export function DocumentList() {
  const model = useModel();
  const documents = useStoreAfterEdit(model.documents);
  const currentId = useStoreValue(model.document, documentIdOf);
  return (
    <nav className="lp-doclist" aria-label="Documents">
      <h2 className="lp-panel-title">
        Documents <span className="lp-muted">{documents.length}</span>
      </h2>
      <ul>
        {documents.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className={`lp-doclist__item${doc.id === currentId ? ' is-current' : ''}`}
              aria-current={doc.id === currentId ? 'page' : undefined}
              data-document-id={doc.id}
              // Another document's entry keeps its single keys: D there is not for the open one.
              data-own-keys={doc.id === currentId ? undefined : ''}
              onClick={() => void openFromList(model, doc.id)}
              title={doc.problem ?? (doc.source ? `${doc.name}, from ${doc.source}` : doc.name)}
            >
              <span className="lp-doclist__name">{doc.title || doc.name}</span>
              {(doc.title || doc.source) && (
                <span className="lp-doclist__file">{fileLine(doc)}</span>
              )}
              {/* Heard as "a/x.txt 3 spans, to do", not "a/x.txt 3 to do" with a bare number. */}
              <span className="lp-doclist__meta">
                <span className="lp-sr-only">{countOf(doc.spanCount, 'span')}, </span>
                <span className="lp-count" data-testid="span-count" aria-hidden="true">
                  {doc.spanCount}
                </span>
                <span className={`lp-status lp-status--${doc.status}`}>
                  {doc.problem ? 'damaged' : STATUS_TEXT[doc.status]}
                </span>
                {doc.layers && doc.layers.length > 1 && (
                  <span className="lp-sr-only">; {layersSaid(doc.layers)}</span>
                )}
              </span>
              <TeammateChangesBadge documentId={doc.id} />
              {doc.layers && doc.layers.length > 1 && (
                <>
                  <span
                    className="lp-doclist__layers"
                    data-testid="layer-summary"
                    aria-hidden="true"
                    title="Every annotator's spans on this document (✓ done)"
                  >
                    {doc.layers
                      .map((l) => `${l.annotator} ${l.spanCount}${l.status === 'done' ? ' ✓' : ''}`)
                      .join(' · ')}
                  </span>
                </>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
