import { useModel, useStore } from '../../../model';
import { Modal, ModalActions } from '../../../ui/Modal';
import { countOf } from '../../../ui/countOf';

/** "Label all occurrences": a preview of every match to accept or untick before anything is written. */
export function OccurrencesDialog() {
  const { occurrences } = useModel();
  const { propagation, scope, hits, chosen } = useStore(occurrences);
  return (
    <Modal
      open={!!propagation}
      onClose={occurrences.close}
      title={
        <>
          Label all “{propagation?.text}” as {propagation?.label}
        </>
      }
      size="wide"
      captureKeys
    >
      {/* One radio group: one Tab stop, the arrows choose (as the browser does for a shared name). */}
      <div className="lp-row lp-small" role="radiogroup" aria-label="Where to look">
        <label>
          <input
            type="radio"
            name="occurrence-scope"
            checked={scope === 'document'}
            onChange={() => occurrences.setScope('document')}
          />{' '}
          This document
        </label>
        <label>
          <input
            type="radio"
            name="occurrence-scope"
            checked={scope === 'project'}
            onChange={() => occurrences.setScope('project')}
          />{' '}
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
                onChange={(event) => occurrences.toggle(i, event.target.checked)}
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
        <button
          type="button"
          className="lp-button lp-button--primary"
          onClick={() => void occurrences.accept()}
        >
          Label {countOf(chosen.size, 'occurrence')}
        </button>
      </ModalActions>
    </Modal>
  );
}
