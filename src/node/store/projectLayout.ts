import { join } from 'node:path';

/** Where each part of a project lives inside its folder. */
export const projectLayout = {
  manifest: (dir: string) => join(dir, 'loupe.json'),
  documents: (dir: string) => join(dir, 'documents'),
  text: (dir: string, id: string) => join(dir, 'documents', `${id}.txt`),
  documentMeta: (dir: string, id: string) => join(dir, 'documents', `${id}.json`),
  annotations: (dir: string) => join(dir, 'annotations'),
  annotatorFolder: (dir: string, annotator: string) => join(dir, 'annotations', annotator),
  layer: (dir: string, annotator: string, id: string) =>
    join(dir, 'annotations', annotator, `${id}.json`),
  entities: (dir: string) => join(dir, 'entities.json'),
} as const;
