import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../src/shared/sync';
import { commitsToSend } from '../../../../src/renderer/src/features/sync/components/SyncIndicator';

const status = (ahead: number, uncommitted: number | null): SyncStatus => ({
  remote: '/shared/team.git',
  ahead,
  behind: 0,
  lastSyncedAt: null,
  uncommitted,
  conflicts: [],
  blocked: [],
});

describe('commitsToSend', () => {
  it('counts the commit a sync makes of changed files, as the header and the dialog both say', () => {
    expect(commitsToSend(status(0, 0))).toBe(0);
    expect(commitsToSend(status(0, 3))).toBe(1);
    expect(commitsToSend(status(2, 1))).toBe(3);
    expect(commitsToSend(status(2, null))).toBe(2);
  });
});
