import git from 'isomorphic-git';
import type { SyncConflict, SyncReport } from '../../shared/sync';
import { durableGitFs as fs, writeSyncedFiles, type SyncedFile } from '../store';
import { commitMessage, teammateChanges } from './describeChanges';
import { mergeTrees } from './mergeTrees';
import { remoteWithoutCredentials, type RemoteCredentials } from './remoteTransport';
import {
  BRANCH,
  commitChanges,
  currentBranchRef,
  ensureRepository,
  moveBranch,
  REMOTE_REF,
  remoteOf,
  resolveCommit,
  setRemote,
  workingChanges,
} from './repository';
import { assertSyncable } from './assertSyncable';
import { compareTips } from './commitWalk';
import { syncError } from './syncError';
import { readSyncState, writeSyncState } from './syncState';
import { syncStatus } from './syncStatus';
import { transportFor } from './transportFor';
import { unsafeEntryError } from './unsafeEntryError';

/** The points between a sync's steps (a test stops a sync at each to see it resume). */
export type SyncStep = 'committed' | 'fetched' | 'file-written' | 'merged' | 'pushed';

export interface SyncOptions {
  /** The remote for this sync, remembered as the project's remote; else the one remembered. */
  readonly remote?: string;
  /** Replaces the generated description of this annotator's changes. */
  readonly message?: string;
  readonly annotator: string;
  readonly credentials?: RemoteCredentials;
  readonly onStep?: (step: SyncStep) => void | Promise<void>;
}

/** How many times a push refused because a teammate pushed first is retried with a fresh fetch. */
const ATTEMPTS = 3;

/**
 * One sync: commit this annotator's changes with a readable message, fetch the team's branch,
 * merge it by meaning (conflicts recorded, never decided silently), push. Every file and ref
 * is written atomically, files before the refs that name them, so a sync stopped anywhere
 * leaves a project that opens and syncs again; a refused or failed push leaves the local
 * work committed for the next sync.
 */
export async function syncProject(dir: string, options: SyncOptions): Promise<SyncReport> {
  const step = async (name: SyncStep) => options.onStep?.(name);
  const remote = options.remote ?? (await remoteOf(dir));
  if (!remote)
    throw syncError(
      'invalid',
      'this project has no remote yet: name one with --remote <path-or-url>',
    );
  const refused = remoteWithoutCredentials(remote);
  if (refused) throw syncError('invalid', refused);
  await assertSyncable(dir);
  await ensureRepository(dir);
  const state = await readSyncState(dir);
  const before = await resolveCommit(dir, 'HEAD');
  const committed = await commitLocal(dir, before, options);
  await step('committed');
  const exchanged = await exchange(dir, remote, options, step).catch((error: unknown) => {
    throw withLocalWorkKept(unsafeEntryError(error, remote));
  });
  if (options.remote) await setRemote(dir, remote); // remembered once it worked: a mistyped one is not
  const head = await resolveCommit(dir, 'HEAD');
  await writeSyncState(dir, { lastSyncedAt: new Date().toISOString(), lastSyncedCommit: head });
  return {
    committed,
    ...exchanged,
    teammates: await teammateChanges(
      dir,
      state.lastSyncedCommit ?? before,
      head,
      options.annotator,
    ),
    status: await syncStatus(dir),
  };
}

/** Fetch, integrate and push, again when a teammate pushed first. */
async function exchange(
  dir: string,
  remote: string,
  options: SyncOptions,
  step: (name: SyncStep) => Promise<void>,
): Promise<Pick<SyncReport, 'merge' | 'pushed' | 'newConflicts'>> {
  const transport = transportFor(dir, remote, options.credentials ?? {});
  let merge: SyncReport['merge'] = 'none';
  const newConflicts: SyncConflict[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const theirs = await transport.fetch(BRANCH);
    if (theirs) await moveBranch(dir, REMOTE_REF, theirs);
    await step('fetched');
    const result = await integrate(dir, theirs, options.annotator, step);
    if (result.merge !== 'none') merge = result.merge;
    newConflicts.push(...result.conflicts);
    const head = (await resolveCommit(dir, 'HEAD')) as string;
    if (head === theirs) return { merge, pushed: false, newConflicts };
    try {
      await transport.push(BRANCH, head, theirs);
    } catch (error) {
      const rejected = (error as { details?: { sync?: string } }).details?.sync === 'rejected';
      if (rejected && attempt < ATTEMPTS) continue;
      throw error;
    }
    await moveBranch(dir, REMOTE_REF, head);
    await step('pushed');
    return { merge, pushed: true, newConflicts };
  }
}

async function commitLocal(
  dir: string,
  head: string | null,
  options: SyncOptions,
): Promise<string | null> {
  const changes = await workingChanges(dir);
  if (changes.length === 0) return null;
  const message = options.message
    ? `${options.annotator}: ${options.message}`
    : await commitMessage(dir, head, changes, options.annotator);
  await commitChanges(dir, changes, message, options.annotator);
  return message;
}

interface Integration {
  readonly merge: SyncReport['merge'];
  readonly conflicts: readonly SyncConflict[];
}

/** Brings the fetched commit into ours: nothing, a fast-forward, or a merge commit. */
async function integrate(
  dir: string,
  theirs: string | null,
  annotator: string,
  step: (name: SyncStep) => Promise<void>,
): Promise<Integration> {
  const ours = await resolveCommit(dir, 'HEAD');
  if (!theirs) return { merge: 'none', conflicts: [] };
  // One walk of what either side lacks, never the whole shared history.
  const compared = ours ? await compareTips(dir, ours, theirs) : null;
  if (compared?.onlyB === 0) return { merge: 'none', conflicts: [] };
  if (!ours || compared?.onlyA === 0) {
    const { files } = await mergeTrees(
      dir,
      { base: ours, ours: ours ?? theirs, theirs },
      { ours: annotator, theirs: annotator },
    );
    await applyFiles(dir, files, step);
    await moveBranch(dir, await currentBranchRef(dir), theirs);
    return { merge: 'fast-forward', conflicts: [] };
  }
  const base = compared?.bases[0] ?? null;
  const teammate = (await git.readCommit({ fs, dir, oid: theirs })).commit.author.name;
  const merged = await mergeTrees(
    dir,
    { base, ours, theirs },
    { ours: annotator, theirs: teammate },
  );
  await applyFiles(dir, merged.files, step);
  await commitChanges(dir, [], `${annotator}: merged ${teammate}'s work`, annotator, [
    ours,
    theirs,
  ]);
  await step('merged');
  return { merge: 'merged', conflicts: merged.newConflicts };
}

/** Writes merged files through the folder's owner, one at a time, and stages them. */
async function applyFiles(
  dir: string,
  files: readonly SyncedFile[],
  step: (name: SyncStep) => Promise<void>,
): Promise<void> {
  await writeSyncedFiles(dir, files, () => step('file-written'));
  const changes = files.map((f) => ({ path: f.path, removed: f.content === null }));
  for (const change of changes) {
    if (change.removed) await git.remove({ fs, dir, filepath: change.path });
    else await git.add({ fs, dir, filepath: change.path, force: true });
  }
}

function withLocalWorkKept(error: unknown): unknown {
  if (error instanceof Error)
    error.message = `${error.message} (your work is committed in this project and goes out with the next sync)`;
  return error;
}
