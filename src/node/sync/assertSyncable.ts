import { unsyncableFiles } from '../store';
import { syncError } from './syncError';

/**
 * Refuses a sync, before anything is committed or sent, while the project holds something
 * git would take for what it is not: a link or a special file where a project file or folder
 * should be (git would share the link itself, or see the files behind it as removed), a file
 * larger than Loupe reads, or a `.git` that is not the project's own folder.
 */
export async function assertSyncable(dir: string): Promise<void> {
  const [first, ...others] = await unsyncableFiles(dir);
  if (!first) return;
  const more = others.length > 0 ? ` (and ${others.length} more)` : '';
  throw syncError(
    'invalid',
    `${first.file} ${first.reason}${more}: a sync shares only the project's plain files and folders, so nothing was committed or sent; replace it with the file or folder itself, or move it out of the project, and sync again`,
  );
}
