import { readdirSync, realpathSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { FolderChange } from './folderChange';
import { foldedName } from '../../shared/model';
import { projectLayout as at } from './projectLayout';
import { assertInsideProjectNow } from './readProjectFile';
import { StoreError } from './storeError';

/**
 * Refuses a change before its first byte is written when a folder it writes into resolves
 * outside the project: a teammate's folder may hold `annotations/<name>`, `entities/` or
 * `documents/` as a link to anywhere. Folders that do not exist yet are created inside.
 * Every folder is resolved on the event loop (a few local paths: microseconds, where a round
 * through the thread pool costs an edit milliseconds under load); the first refusal in the
 * order above is the one reported. Also refuses a layer of an annotator whose folder would be
 * another annotator's on a disk that ignores case and normalization ({@link checkAnnotatorFolder}).
 * Answers the folders that do not exist yet, which the change will create.
 */
export function checkWriteTargets(dir: string, change: FolderChange): Promise<Set<string>> {
  const folders = new Map<string, string>();
  if (change.documents?.length) folders.set(at.documents(dir), 'documents/');
  if (change.entities?.size) folders.set(at.entities(dir), 'entities/');
  const annotators = new Map<string, string>();
  for (const { layer } of change.layers ?? []) {
    folders.set(at.annotations(dir), 'annotations/');
    const folder = at.annotatorFolder(dir, layer.annotator);
    folders.set(folder, `annotations/${layer.annotator}/`);
    annotators.set(folder, layer.annotator);
  }
  try {
    const absent = new Set<string>();
    for (const [folder, label] of folders)
      if (!assertInsideProjectNow(dir, folder, label)) absent.add(folder);
      else assertOwnFolder(dir, folder, label);
    for (const [folder, annotator] of annotators)
      checkAnnotatorFolder(dir, folder, annotator, absent.has(folder));
    return Promise.resolve(absent);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Refuses a folder that resolves inside the project but not to itself: `annotations/carol`
 * linked to `alice`, `entities` linked to `documents`. Writing through it would replace the
 * other folder's files (carol's edit rewriting alice's layer). A spelling of the same path
 * that differs only by case or normalization is the disk's own; checkAnnotatorFolder judges it.
 */
function assertOwnFolder(dir: string, folder: string, label: string): void {
  const root = realpathSync.native(dir);
  const real = realpathSync.native(folder);
  const own = join(root, relative(dir, folder));
  if (real === own || foldedName(real) === foldedName(own)) return;
  const other = relative(root, real).split(sep).join('/');
  throw new StoreError(
    label,
    `is a link to ${other === '' ? 'the project folder itself' : `${other}/, another folder of this project`}: writing through it would replace that folder's files; replace the link with a folder of its own`,
    'unsafe',
  );
}

/**
 * Refuses to write `annotator`'s layers into a folder that is, or would be on macOS or
 * Windows, another annotator's: `Amira` beside `amira`, `amíra` typed in NFC beside a folder
 * spelled in NFD. A folder that exists but resolves to another spelling (this disk ignores
 * case) is someone else's; a folder about to be created is checked against the annotator
 * folders already there (listed only then, when a new annotator writes a first layer).
 */
function checkAnnotatorFolder(dir: string, folder: string, annotator: string, absent: boolean) {
  let other: string | undefined;
  if (!absent) {
    // A folder linked to another inside the project was refused by assertOwnFolder.
    const real = basename(realpathSync.native(folder));
    if (real !== annotator && foldedName(real) === foldedName(annotator)) other = real;
  } else {
    const names = listFolder(at.annotations(dir));
    other = names.find((name) => name !== annotator && foldedName(name) === foldedName(annotator));
  }
  if (other === undefined) return;
  throw new StoreError(
    `annotations/${annotator}/`,
    `would share the folder annotations/${other}/ of the annotator ${JSON.stringify(other)} on a disk that ignores case and Unicode normalization (macOS, Windows), mixing or overwriting their layers; write as ${JSON.stringify(other)} if that is you, or choose another name`,
    'invalid',
  );
}

function listFolder(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
