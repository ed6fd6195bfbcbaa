import { useModel, useStore } from '../../../model';
import { Modal, ModalActions } from '../../../ui/Modal';
import { countOf } from '../../../ui/countOf';

/** Near-identical passages of the stance's evidence in other documents: tick the ones to carry the stance to. */
export function CarryDialog() {
  const { carry } = useModel();
  const { stance, passages, chosen } = useStore(carry);
  return (
    <Modal
      open={!!stance}
      onClose={carry.close}
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
                onChange={(event) => carry.toggle(i, event.target.checked)}
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
          onClick={() => void carry.carry()}
        >
          Carry to {countOf(chosen.size, 'passage')}
        </button>
      </ModalActions>
    </Modal>
  );
}
