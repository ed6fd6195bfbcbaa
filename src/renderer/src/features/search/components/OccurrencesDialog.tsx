import { useEffect, useState } from 'react';
import type { EditResult, SearchHit } from '../../../../../shared/contract';
import { workbench } from '../../../bridge';
import { Modal, ModalActions } from '../../../ui/Modal';
import { itemAt } from '../../../../../shared/collections';

/** What to propagate: the text, its label, and an entity to link. */
export interface Propagation {
  readonly documentId: string;
  readonly text: string;
  readonly label: string;
  readonly entityId?: string;
}

export interface OccurrencesDialogProps {
  readonly propagation: Propagation | null;
  onClose(): void;
  onResult(result: EditResult): void;
  onError(error: unknown): void;
}

/** "Label all occurrences": a preview of every match to accept or untick before anything is written. */
export function OccurrencesDialog({
  propagation,
  onClose,
  onResult,
  onError,
}: OccurrencesDialogProps) {
  const [scope, setScope] = useState<'document' | 'project'>('document');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  useEffect(() => {
    if (!propagation) return;
    workbench()
      .searchText({ query: propagation.text, scope, documentId: propagation.documentId })
      .then((found) => {
        setHits(found);
        setChosen(
          new Set(
            found
              .map((h, i) => (h.labels.includes(propagation.label) ? -1 : i))
              .filter((i) => i >= 0),
          ),
        );
      }, onError);
  }, [propagation, scope, onError]);
  const accept = (): void => {
    if (!propagation) return;
    const items = [...chosen]
      .map((i) => itemAt(hits, i))
      .map((h) => ({
        documentId: h.documentId,
        label: propagation.label,
        fragments: [{ start: h.start, end: h.end }],
        ...(propagation.entityId ? { entityId: propagation.entityId } : {}),
      }));
    if (items.length === 0) return onClose();
    workbench()
      .addSpans({ items })
      .then((result) => {
        onResult(result);
        onClose();
      }, onError);
  };
  return (
    <Modal
      open={!!propagation}
      onClose={onClose}
      title={
        <>
          Label all “{propagation?.text}” as {propagation?.label}
        </>
      }
      size="wide"
      captureKeys
    >
      <div className="lp-row lp-small">
        <label>
          <input
            type="radio"
            checked={scope === 'document'}
            onChange={() => setScope('document')}
          />{' '}
          This document
        </label>
        <label>
          <input type="radio" checked={scope === 'project'} onChange={() => setScope('project')} />{' '}
          Whole project
        </label>
      </div>
      <ul className="lp-preview">
        {hits.map((hit, i) => (
          <li key={`${hit.documentId}:${hit.start}`}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(i)}
                disabled={propagation ? hit.labels.includes(propagation.label) : false}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(i);
                  else next.delete(i);
                  setChosen(next);
                }}
              />
              <span className="lp-muted">{hit.documentName}</span>{' '}
              <span dir="auto">
                …{hit.before}
                <mark>{hit.match}</mark>
                {hit.after}…
              </span>
              {hit.labels.length > 0 && <span className="lp-tag">{hit.labels.join(', ')}</span>}
            </label>
          </li>
        ))}
      </ul>
      <ModalActions>
        <button type="button" className="lp-button lp-button--primary" onClick={accept}>
          Label {chosen.size} occurrence{chosen.size === 1 ? '' : 's'}
        </button>
      </ModalActions>
    </Modal>
  );
}
