import { z } from 'zod';
import { readGitFile, writeGitFile } from '../store';
import { gitdirOf } from './repository';

const FILE = 'loupe-sync.json';

const syncStateSchema = z.object({
  lastSyncedAt: z.string().nullable().default(null),
  lastSyncedCommit: z.string().nullable().default(null),
});
/** When this clone last synced, and the commit it ended at (kept in the git folder: it is this clone's own). */
export type SyncState = z.infer<typeof syncStateSchema>;

export async function readSyncState(dir: string): Promise<SyncState> {
  const text = await readGitFile(gitdirOf(dir), FILE);
  try {
    return syncStateSchema.parse(text ? JSON.parse(text) : {});
  } catch {
    return { lastSyncedAt: null, lastSyncedCommit: null };
  }
}

export async function writeSyncState(dir: string, state: SyncState): Promise<void> {
  await writeGitFile(gitdirOf(dir), FILE, `${JSON.stringify(state, null, 2)}\n`);
}
