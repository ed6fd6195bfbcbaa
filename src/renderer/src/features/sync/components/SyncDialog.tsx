import { useCallback, useEffect, useMemo, useRef } from 'react';
import { busyButton } from '../../../ui/busyButton';
import { countOf } from '../../../ui/countOf';
import { Modal, ModalActions } from '../../../ui/Modal';
import { useModel, useStore, useStoreValue, documentIdOf, openedDocument } from '../../../model';
import { ConflictList } from './ConflictList';
import { DocumentHistory } from './DocumentHistory';
import { RemoteCredentials } from './RemoteCredentials';
import { blockedText, commitsToSend, sinceText } from './SyncIndicator';

/** Project › Sync: where the project stands, what the last sync brought, conflicts, the open document's history. */
export function SyncDialog({ open }: { readonly open: boolean }) {
  const model = useModel();
  const { status, report, running, error, history, past } = useStore(model.sync);
  const { entities } = useStore(model.entities);
  const documentId = useStoreValue(model.document, documentIdOf);
  const opened = useStoreValue(model.document, openedDocument);
  // A past layer's offsets are read in the text it was made on: the open one when it is that
  // very text, else the one the project's history holds (null when it holds none).
  const pastText =
    past && opened?.textHash === past.layer.textHash ? opened.text : (past?.text ?? null);
  useEffect(() => {
    if (!open) return;
    model.sync.refresh().catch(model.notifications.report);
    if (documentId) model.sync.loadHistory(documentId).catch(model.notifications.report);
  }, [open, documentId, model]);
  const names = useMemo(() => new Map(entities.map((e) => [e.id, e.name])), [entities]);
  const syncNow = useRef<HTMLButtonElement>(null);
  const afterConflicts = useCallback(() => syncNow.current?.focus(), []);
  return (
    <Modal
      open={open}
      onClose={model.view.close}
      title="Sync with your team"
      size="wide"
      describedBy="lp-sync-summary"
    >
      {!status?.remote ? (
        <p className="lp-muted" id="lp-sync-summary">
          This project is not shared yet. Publish it once from the command line: loupe sync
          &lt;project&gt; --remote &lt;shared folder or URL&gt;; teammates then run loupe clone.
        </p>
      ) : (
        <p id="lp-sync-summary">
          Remote <code>{status.remote}</code>.{' '}
          {status.lastSyncedAt ? `Last synced ${sinceText(status.lastSyncedAt)}.` : 'Never synced.'}{' '}
          {countOf(commitsToSend(status), 'commit')} to send
          {status.uncommitted
            ? ` (${countOf(status.uncommitted, 'changed file')} not yet shared, committed when you sync)`
            : ''}
          , {status.behind} to bring in.
        </p>
      )}
      {status && blockedText(status) && (
        <p className="lp-error" role="alert">
          {blockedText(status)}
        </p>
      )}
      {error && (
        <p className="lp-error" role="alert">
          {error}
        </p>
      )}
      {report && report.teammates.length > 0 && (
        <p>
          Since your last sync:{' '}
          {report.teammates
            .map(
              (t) =>
                `${t.annotator} changed ${t.documents.length} document${t.documents.length === 1 ? '' : 's'}`,
            )
            .join(', ')}
          .
        </p>
      )}
      {open && <RemoteCredentials />}
      <h3>Conflicts</h3>
      <ConflictList
        conflicts={status?.conflicts ?? []}
        names={names}
        onResolve={(c, value) =>
          model.sync.resolve(c.id, value).catch((error: unknown) => {
            model.notifications.report(error);
            throw error;
          })
        }
        onAllResolved={afterConflicts}
      />
      <h3>History of this document</h3>
      <DocumentHistory
        entries={history?.entries ?? []}
        past={past}
        text={pastText}
        onView={(entry, annotator) =>
          void model.sync.viewPast(entry, annotator).catch(model.notifications.report)
        }
      />
      <ModalActions closeLabel="Close">
        <button
          ref={syncNow}
          type="button"
          className="lp-button lp-button--primary"
          disabled={!status?.remote}
          {...busyButton(running, () => void model.syncNow())}
        >
          {running ? 'Syncing…' : 'Sync now'}
        </button>
      </ModalActions>
    </Modal>
  );
}
