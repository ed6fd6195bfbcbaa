import type { SyncStatus } from '../../shared/sync';
import { readConflictsFile } from '../store';
import { conflictsOf } from './mergeTrees';
import {
  commitsOnlyIn,
  isRepository,
  REMOTE_REF,
  remoteOf,
  resolveCommit,
  workingChanges,
} from './repository';
import { readSyncState } from './syncState';
import { assertSyncable } from './assertSyncable';

/** Where the project stands against its remote, as of its last fetch. */
export async function syncStatus(dir: string): Promise<SyncStatus> {
  const conflicts = conflictsOf(await readConflictsFile(dir)).conflicts;
  if (!(await isRepository(dir)))
    return { remote: null, ahead: 0, behind: 0, lastSyncedAt: null, uncommitted: 0, conflicts };
  await assertSyncable(dir); // the count of uncommitted files reads them as git would
  const [head, fetched] = await Promise.all([
    resolveCommit(dir, 'HEAD'),
    resolveCommit(dir, REMOTE_REF),
  ]);
  return {
    remote: await remoteOf(dir),
    ahead: await commitsOnlyIn(dir, head, fetched),
    behind: await commitsOnlyIn(dir, fetched, head),
    lastSyncedAt: (await readSyncState(dir)).lastSyncedAt,
    uncommitted: (await workingChanges(dir)).length,
    conflicts,
  };
}
