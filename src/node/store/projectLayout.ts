import { join } from 'node:path';
import { annotatorSchema, idSchema } from '../../shared/model';
import { StoreError } from './storeError';

/** The manifest's file name: the file that makes a folder a Loupe project. */
export const MANIFEST_FILE = 'loupe.json';

/** The shared file of conflicts a sync found, for a person to resolve. */
export const CONFLICTS_FILE = 'conflicts.json';

/**
 * Where each part of a project lives inside its folder. Known only to the store: every other
 * module asks the ProjectFolder. Paths are built from Loupe's own validated names (document
 * ids, annotator names, entity ids), never from file contents; a name that is not one throws.
 */
export const projectLayout = {
  manifest: (dir: string) => join(dir, MANIFEST_FILE),
  gitignore: (dir: string) => join(dir, '.gitignore'),
  /** Conflicts a sync found in shared files, kept for a person to resolve (shared with the team). */
  conflicts: (dir: string) => join(dir, CONFLICTS_FILE),
  documents: (dir: string) => join(dir, 'documents'),
  text: (dir: string, id: string) => join(dir, 'documents', `${checkedId(id)}.txt`),
  documentMeta: (dir: string, id: string) => join(dir, 'documents', `${checkedId(id)}.json`),
  annotations: (dir: string) => join(dir, 'annotations'),
  annotatorFolder: (dir: string, annotator: string) =>
    join(dir, 'annotations', checkedAnnotator(annotator)),
  layer: (dir: string, annotator: string, id: string) =>
    join(dir, 'annotations', checkedAnnotator(annotator), `${checkedId(id)}.json`),
  /** The layer's journal: edits acknowledged since its snapshot (`layer`) was last written. */
  layerJournal: (dir: string, annotator: string, id: string) =>
    join(dir, 'annotations', checkedAnnotator(annotator), `${checkedId(id)}.journal.jsonl`),
  entities: (dir: string) => join(dir, 'entities'),
  entity: (dir: string, id: string) => join(dir, 'entities', `${checkedId(id)}.json`),
} as const;

function checkedId(id: string): string {
  if (!idSchema.safeParse(id).success)
    throw new StoreError(JSON.stringify(id), 'is not a valid Loupe id', 'invalid');
  return id;
}

function checkedAnnotator(name: string): string {
  if (!annotatorSchema.safeParse(name).success)
    throw new StoreError(JSON.stringify(name), 'is not a valid annotator name', 'invalid');
  return name;
}
