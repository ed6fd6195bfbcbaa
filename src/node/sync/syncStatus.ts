import type { SyncStatus } from '../../shared/sync';
import { CONFLICTS_FILE, readConflictsFile, unsyncableFiles } from '../store';
import { conflictsOf } from './mergeTrees';
import { compareTips } from './commitWalk';
import {
  commitsIn,
  isRepository,
  REMOTE_REF,
  remoteOf,
  resolveCommit,
  workingChanges,
} from './repository';
import { readSyncState } from './syncState';
import { errorMessage } from '../../shared/errors';

/**
 * Where the project stands against its remote, as of its last fetch. While something keeps
 * the project from syncing (a link, a FIFO, an oversized file) the status still answers and
 * names it in `blocked`; what git would read through it (the count of uncommitted files, a
 * conflicts file that is no plain file, a `.git` that is not a folder) is left unread.
 */
export async function syncStatus(dir: string): Promise<SyncStatus> {
  const blocked = (await unsyncableFiles(dir)).map(({ file, reason }) => ({ file, reason }));
  const blocks = (file: string) => blocked.some((b) => b.file === file);
  let conflicts: SyncStatus['conflicts'] = [];
  if (!blocks(CONFLICTS_FILE)) {
    try {
      conflicts = conflictsOf(await readConflictsFile(dir)).conflicts;
    } catch (error) {
      blocked.push({ file: CONFLICTS_FILE, reason: errorMessage(error) });
    }
  }
  const uncounted = blocked.length > 0 ? null : 0;
  if (blocks('.git') || !(await isRepository(dir)))
    return {
      remote: null,
      ahead: 0,
      behind: 0,
      lastSyncedAt: null,
      uncommitted: uncounted,
      conflicts,
      blocked,
    };
  const [head, fetched] = await Promise.all([
    resolveCommit(dir, 'HEAD'),
    resolveCommit(dir, REMOTE_REF),
  ]);
  const { ahead, behind } = await aheadBehind(dir, head, fetched);
  return {
    remote: await remoteOf(dir),
    ahead,
    behind,
    lastSyncedAt: (await readSyncState(dir)).lastSyncedAt,
    // Counting reads every file as git would: not while one of them is a link or a FIFO.
    uncommitted: blocked.length > 0 ? null : (await workingChanges(dir)).length,
    conflicts,
    blocked,
  };
}

/** Commits HEAD has that the fetched tip lacks, and the other way round, from one walk of them. */
async function aheadBehind(
  dir: string,
  head: string | null,
  fetched: string | null,
): Promise<{ ahead: number; behind: number }> {
  if (!head || !fetched) {
    const only = async (tip: string | null) => (tip ? await commitsIn(dir, tip) : 0);
    return { ahead: await only(head), behind: await only(fetched) };
  }
  const { onlyA, onlyB } = await compareTips(dir, head, fetched);
  return { ahead: onlyA, behind: onlyB };
}
