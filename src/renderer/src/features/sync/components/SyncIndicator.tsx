import '../sync.css';
import { useEffect } from 'react';
import type { SyncStatus } from '../../../../../shared/sync';
import { useModel, useStore } from '../../../model';

/** "3 minutes ago" for a timestamp. */
export function sinceText(at: string, now: number = Date.now()): string {
  const minutes = Math.round((now - Date.parse(at)) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return new Date(at).toLocaleDateString();
}

/** What keeps the project from syncing, naming the first file; null when nothing does. */
export function blockedText(status: SyncStatus): string | null {
  const [first, ...others] = status.blocked;
  if (!first) return null;
  const more = others.length > 0 ? ` (and ${others.length} more)` : '';
  return `Syncing is blocked: ${first.file} ${first.reason}${more}. Replace it with the file or folder itself, or move it out of the project.`;
}

/**
 * Commits the next sync sends: those made already, and one more for changed files not yet shared
 * (syncing commits them first). The header's ↑ and the dialog's summary both say this number.
 */
export function commitsToSend(status: SyncStatus): number {
  return status.ahead + ((status.uncommitted ?? 0) > 0 ? 1 : 0);
}

/** The header's sync state: ahead/behind, last synced, open conflicts; opens the sync dialog. */
export function SyncIndicator() {
  const model = useModel();
  const { status, running } = useStore(model.sync);
  useEffect(() => {
    model.sync.refresh().catch(() => undefined);
  }, [model]);
  if (!status?.remote) return null;
  const parts = [
    running
      ? 'Syncing…'
      : status.lastSyncedAt
        ? `Synced ${sinceText(status.lastSyncedAt)}`
        : 'Not synced',
    `↑${commitsToSend(status)} ↓${status.behind}`,
  ];
  if (status.blocked.length > 0) parts.push('Blocked');
  const conflicts = status.conflicts.length;
  return (
    <button
      type="button"
      className={`lp-button lp-sync-indicator${conflicts > 0 ? ' lp-sync-indicator--conflict' : ''}`}
      onClick={() => model.view.open('sync')}
      title={`Remote: ${status.remote}. ${blockedText(status) ?? `${status.uncommitted} unsynced file change(s).`}`}
      aria-label={`Sync status: ${parts.join(', ')}${conflicts > 0 ? `, ${conflicts} conflicts` : ''}`}
    >
      {parts.join(' · ')}
      {conflicts > 0 && ` · ${conflicts} conflict${conflicts === 1 ? '' : 's'}`}
    </button>
  );
}
