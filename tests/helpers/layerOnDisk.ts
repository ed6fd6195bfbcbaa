import { ProjectFolder } from '../../src/node';
import type { Layer } from '../../src/shared/model';

/** A layer as a fresh reader finds it on disk (snapshot with its journal replayed). */
export async function layerOnDisk(
  dir: string,
  annotator: string,
  documentId: string,
): Promise<Layer> {
  const store = await ProjectFolder.open(dir);
  return store.readLayer(documentId, annotator);
}
