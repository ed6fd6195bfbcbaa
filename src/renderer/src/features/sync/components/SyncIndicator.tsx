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

/**
 * What the header says of the last sync: running, failed (this window's last try; the last
 * success is kept beside it, as that is still when the team last met), or when it last went
 * through.
 * @example syncState({ running: false, failed: true, lastSyncedAt: null }) // 'Sync failed'
 */
export function syncState(state: {
  readonly running: boolean;
  readonly failed: boolean;
  readonly lastSyncedAt: string | null;
}): string {
  if (state.running) return 'Syncing…';
  const when = state.lastSyncedAt ? sinceText(state.lastSyncedAt) : null;
  if (state.failed) return when ? `Sync failed (last synced ${when})` : 'Sync failed';
  return when ? `Synced ${when}` : 'Not synced';
}

/** The header's sync state: ahead/behind, last synced, open conflicts; opens the sync dialog. */
export function SyncIndicator() {
  const model = useModel();
  const { status, running, error } = useStore(model.sync);
  useEffect(() => {
    model.sync.refresh().catch(() => undefined);
  }, [model]);
  if (!status?.remote) return null;
  const failed = !running && error !== null;
  const parts = [
    syncState({ running, failed, lastSyncedAt: status.lastSyncedAt }),
    `↑${commitsToSend(status)} ↓${status.behind}`,
  ];
  if (status.blocked.length > 0) parts.push('Blocked');
  const conflicts = status.conflicts.length;
  const alarm = conflicts > 0 || failed;
  return (
    <button
      type="button"
      className={`lp-button lp-sync-indicator${alarm ? ' lp-sync-indicator--alarm' : ''}`}
      onClick={() => model.view.open('sync')}
      title={`Remote: ${status.remote}. ${blockedText(status) ?? `${status.uncommitted} unsynced file change(s).`}`}
      aria-label={`Sync status: ${parts.join(', ')}${conflicts > 0 ? `, ${conflicts} conflicts` : ''}`}
    >
      {parts.join(' · ')}
      {conflicts > 0 && ` · ${conflicts} conflict${conflicts === 1 ? '' : 's'}`}
    </button>
  );
}
