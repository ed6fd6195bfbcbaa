import type { FolderChange } from './folderChange';
import { projectLayout as at } from './projectLayout';
import { assertInsideProject } from './readProjectFile';

/**
 * Refuses a change before its first byte is written when a folder it writes into resolves
 * outside the project: a teammate's folder may hold `annotations/<name>`, `entities/` or
 * `documents/` as a link to anywhere. Folders that do not exist yet are created inside.
 * Every folder is resolved at once (one round through the thread pool per edit, not one per
 * folder); the first refusal in the order above is the one reported. Answers the folders that
 * do not exist yet, which the change will create.
 */
export async function checkWriteTargets(dir: string, change: FolderChange): Promise<Set<string>> {
  const folders = new Map<string, string>();
  if (change.documents?.length) folders.set(at.documents(dir), 'documents/');
  if (change.entities?.size) folders.set(at.entities(dir), 'entities/');
  for (const { layer } of change.layers ?? []) {
    folders.set(at.annotations(dir), 'annotations/');
    folders.set(at.annotatorFolder(dir, layer.annotator), `annotations/${layer.annotator}/`);
  }
  const checks = [...folders].map(([folder, label]) => assertInsideProject(dir, folder, label));
  const results = await Promise.allSettled(checks);
  const absent = new Set<string>();
  for (const [i, folder] of [...folders.keys()].entries()) {
    const result = results[i];
    if (result?.status === 'rejected') throw result.reason;
    if (result?.status === 'fulfilled' && !result.value) absent.add(folder);
  }
  return absent;
}
