import { isRecord } from '../../shared/collections';
import { errorCode } from '../../shared/errors';
import { syncError } from './syncError';

/**
 * git's refusal of a tree entry no checkout may write (`.git`, `..`, and their spellings on
 * case-folding or Windows disks), thrown while a teammate's history is read, as a sync error
 * that says what happened and what to do; any other error is answered as it was.
 * @example unsafeEntryError(new UnsafeFilepathError('..'), 'the remote …') → WorkbenchError('invalid_request', …)
 */
export function unsafeEntryError(error: unknown, remote: string): unknown {
  if (errorCode(error) !== 'UnsafeFilepathError') return error;
  const data = isRecord(error) && isRecord(error.data) ? error.data : {};
  const name = typeof data.filepath === 'string' ? data.filepath : '?';
  return syncError(
    'invalid',
    `the history of ${remote} holds a folder entry named ${JSON.stringify(name)}, which git never checks out (it would write outside the project or into its git folder): the history was crafted or damaged. Nothing was changed. Whoever shares with git removes it in a new commit on the shared branch, then everyone syncs again`,
  );
}
