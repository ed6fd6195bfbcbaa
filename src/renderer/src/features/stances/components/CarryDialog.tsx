import { useEffect, useState } from 'react';
import type { EditResult, Passage } from '../../../../../shared/contract';
import type { Stance } from '../../../../../shared/model';
import { workbench } from '../../../bridge';
import { Modal, ModalActions } from '../../../ui/Modal';
import { itemAt } from '../../../../../shared/collections';

export interface CarryDialogProps {
  readonly documentId: string;
  readonly stance: Stance | null;
  onClose(): void;
  onResult(result: EditResult): void;
  onError(error: unknown): void;
}

/** Near-identical passages of the stance's evidence in other documents: tick the ones to carry the stance to. */
export function CarryDialog({ documentId, stance, onClose, onResult, onError }: CarryDialogProps) {
  const [passages, setPassages] = useState<Passage[] | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  useEffect(() => {
    if (!stance) return;
    setPassages(null);
    workbench()
      .similarPassages({ documentId, spanId: itemAt(stance.evidence, 0) })
      .then((found) => {
        setPassages(found);
        setChosen(new Set(found.map((_, i) => i)));
      }, onError);
  }, [documentId, stance, onError]);
  const carry = async (): Promise<void> => {
    if (!stance || !passages) return;
    for (const i of [...chosen].sort()) {
      const p = itemAt(passages, i);
      onResult(
        await workbench().carryStance({
          documentId,
          stanceId: stance.id,
          to: { documentId: p.documentId, start: p.start, end: p.end },
        }),
      );
    }
    onClose();
  };
  return (
    <Modal
      open={!!stance}
      onClose={onClose}
      title="Carry this stance to other documents"
      size="wide"
    >
      {passages === null && <p className="lp-muted">Looking for the quote in other documents…</p>}
      {passages?.length === 0 && (
        <p className="lp-muted">No other document repeats this evidence.</p>
      )}
      <ul className="lp-preview">
        {passages?.map((p, i) => (
          <li key={`${p.documentId}:${p.start}`}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(i)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(i);
                  else next.delete(i);
                  setChosen(next);
                }}
              />
              <span className="lp-muted">
                {p.documentName} @{p.start} · {Math.round(p.similarity * 100)}%
              </span>{' '}
              <span dir="auto">“{p.text}”</span>
            </label>
          </li>
        ))}
      </ul>
      <ModalActions>
        <button
          type="button"
          className="lp-button lp-button--primary"
          disabled={!passages || chosen.size === 0}
          onClick={() => void carry().catch(onError)}
        >
          Carry to {chosen.size} passage{chosen.size === 1 ? '' : 's'}
        </button>
      </ModalActions>
    </Modal>
  );
}
