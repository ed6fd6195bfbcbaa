import { manifestSchema, type Manifest } from '../../shared/model';
import { errorMessage } from '../../shared/errors';
import { jsonTextOf, MANIFEST_FILE, parseStoredJson } from '../store';
import { syncError } from './syncError';

/**
 * The manifest a commit holds, refused before anything is written when it is none Loupe
 * reads: taken into the folder, it would keep the project from opening at all.
 */
export function checkedManifest(bytes: Uint8Array, commit: string): Manifest {
  try {
    return parseStoredJson(jsonTextOf(bytes, MANIFEST_FILE), manifestSchema, MANIFEST_FILE);
  } catch (error) {
    throw syncError(
      'invalid',
      `the shared history's ${errorMessage(error)} (commit ${commit.slice(0, 8)}); nothing was changed: whoever shared it must share a valid manifest`,
    );
  }
}
