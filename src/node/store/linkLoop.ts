import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode } from '../../shared/errors';
import { StoreError } from './storeError';

/**
 * What a symbolic link loop is (ELOOP: followed, the link comes back to a link already
 * followed, so it leads to nothing), said of the link itself by validate and by every read.
 * @example `annotations/bob: ${LINK_LOOP}`
 */
export const LINK_LOOP =
  'is a symbolic link loop (ELOOP): following it comes back to itself, so it leads to nothing; remove the link (validate --repair does) or point it at what it should name';

/**
 * The refusal of a project file or folder behind a link loop (ELOOP from a read, a stat or a
 * realpath): names the link that loops, the file itself or a folder on its way, never a
 * missing file or an errno with an absolute path. `file` is project-relative ('/'-separated);
 * `label` names the error (default: `file`).
 * @example linkLoopError('/p', 'annotations/bob/a.json') // annotations/bob/a.json: cannot be reached: annotations/bob is a symbolic link loop …
 */
export function linkLoopError(dir: string, file: string, label = file): StoreError {
  const loop = firstLoop(dir, file);
  if (loop !== undefined && loop === label.replace(/\/$/u, ''))
    return new StoreError(label, LINK_LOOP, 'unsafe');
  const where = loop ?? 'a folder on its way';
  return new StoreError(label, `cannot be reached: ${where} ${LINK_LOOP}`, 'unsafe');
}

/** The first part of `file`'s path, from the project folder down, that resolves to a loop (an error path only: one realpath per part). */
function firstLoop(dir: string, file: string): string | undefined {
  const parts = file.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const part = parts.slice(0, i).join('/');
    try {
      realpathSync.native(join(dir, part));
    } catch (error) {
      if (errorCode(error) === 'ELOOP') return part;
      return undefined;
    }
  }
  return undefined;
}
