import type { FolderChange } from './folderChange';
import { projectLayout as at } from './projectLayout';
import { assertInsideProjectNow } from './readProjectFile';

/**
 * Refuses a change before its first byte is written when a folder it writes into resolves
 * outside the project: a teammate's folder may hold `annotations/<name>`, `entities/` or
 * `documents/` as a link to anywhere. Folders that do not exist yet are created inside.
 * Every folder is resolved on the event loop (a few local paths: microseconds, where a round
 * through the thread pool costs an edit milliseconds under load); the first refusal in the
 * order above is the one reported. Answers the folders that do not exist yet, which the change
 * will create.
 */
export function checkWriteTargets(dir: string, change: FolderChange): Promise<Set<string>> {
  const folders = new Map<string, string>();
  if (change.documents?.length) folders.set(at.documents(dir), 'documents/');
  if (change.entities?.size) folders.set(at.entities(dir), 'entities/');
  for (const { layer } of change.layers ?? []) {
    folders.set(at.annotations(dir), 'annotations/');
    folders.set(at.annotatorFolder(dir, layer.annotator), `annotations/${layer.annotator}/`);
  }
  try {
    const absent = new Set<string>();
    for (const [folder, label] of folders)
      if (!assertInsideProjectNow(dir, folder, label)) absent.add(folder);
    return Promise.resolve(absent);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
