import type { FolderChange } from './folderChange';
import { projectLayout as at } from './projectLayout';
import { assertInsideProject } from './readProjectFile';

/**
 * Refuses a change before its first byte is written when a folder it writes into resolves
 * outside the project: a teammate's folder may hold `annotations/<name>`, `entities/` or
 * `documents/` as a link to anywhere. Folders that do not exist yet are created inside.
 */
export async function checkWriteTargets(dir: string, change: FolderChange): Promise<void> {
  const folders = new Map<string, string>();
  if (change.documents?.length) folders.set(at.documents(dir), 'documents/');
  if (change.entities?.size) folders.set(at.entities(dir), 'entities/');
  for (const { layer } of change.layers ?? []) {
    folders.set(at.annotations(dir), 'annotations/');
    folders.set(at.annotatorFolder(dir, layer.annotator), `annotations/${layer.annotator}/`);
  }
  for (const [folder, label] of folders) await assertInsideProject(dir, folder, label);
}
