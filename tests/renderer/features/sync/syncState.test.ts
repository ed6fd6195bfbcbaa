import { describe, expect, it } from 'vitest';
import { syncState } from '../../../../src/renderer/src/features/sync/components/SyncIndicator';

const at = new Date(Date.now() - 5 * 60000).toISOString();

// After a sync that failed, the header went on saying "Synced 5 min ago" as if it had gone through.
describe('syncState', () => {
  it('says a failed sync, keeping when the last one went through', () => {
    expect(syncState({ running: false, failed: true, lastSyncedAt: at })).toBe(
      'Sync failed (last synced 5 min ago)',
    );
    expect(syncState({ running: false, failed: true, lastSyncedAt: null })).toBe('Sync failed');
  });

  it('says a sync running, one that went through, or none yet', () => {
    expect(syncState({ running: true, failed: false, lastSyncedAt: at })).toBe('Syncing…');
    expect(syncState({ running: false, failed: false, lastSyncedAt: at })).toBe('Synced 5 min ago');
    expect(syncState({ running: false, failed: false, lastSyncedAt: null })).toBe('Not synced');
  });
});
