import { annotatorSchema, idSchema } from '../../shared/model';
import { CONFLICTS_FILE, MANIFEST_FILE } from './projectLayout';

/**
 * What a file of a project is, by its path relative to the folder ('/'-separated): how a
 * sync merges it. `layerFile` is any file of one annotator's folder (the layer and whatever
 * sits beside it, such as a journal): owned by that annotator alone.
 * @example projectFileKind('annotations/amira/d1.json') // { kind: 'layerFile', annotator: 'amira', id: 'd1' }
 */
export type ProjectFile =
  | { readonly kind: 'manifest' | 'gitignore' | 'conflicts' }
  | { readonly kind: 'text' | 'documentMeta' | 'entity'; readonly id: string }
  | { readonly kind: 'layerFile'; readonly annotator: string; readonly id: string };

const FILE_PART = /^([A-Za-z0-9][A-Za-z0-9._-]{0,127}?)\.(txt|json|[a-z0-9]+(?:\.[a-z0-9]+)*)$/;

/** The kind of the project file at `path`, or null when a Loupe project holds no such file. */
export function projectFileKind(path: string): ProjectFile | null {
  if (path === MANIFEST_FILE) return { kind: 'manifest' };
  if (path === '.gitignore') return { kind: 'gitignore' };
  if (path === CONFLICTS_FILE) return { kind: 'conflicts' };
  const parts = path.split('/');
  if (parts.length === 2 && parts[0] === 'documents') {
    const m = /^(.+)\.(txt|json)$/.exec(parts[1] ?? '');
    if (!m || !idSchema.safeParse(m[1]).success) return null;
    return { kind: m[2] === 'txt' ? 'text' : 'documentMeta', id: m[1] as string };
  }
  if (parts.length === 2 && parts[0] === 'entities') {
    const m = /^(.+)\.json$/.exec(parts[1] ?? '');
    if (!m || !idSchema.safeParse(m[1]).success) return null;
    return { kind: 'entity', id: m[1] as string };
  }
  if (parts.length === 3 && parts[0] === 'annotations') {
    const annotator = parts[1] as string;
    const name = parts[2] ?? '';
    const m = name.endsWith('.json') ? /^(.+)\.json$/.exec(name) : FILE_PART.exec(name);
    if (!annotatorSchema.safeParse(annotator).success || !m) return null;
    if (!idSchema.safeParse(m[1]).success) return null;
    return { kind: 'layerFile', annotator, id: m[1] as string };
  }
  return null;
}

/**
 * The folders of a commit's tree that hold documents' texts and annotators' layers, and the
 * file names in them, for readers of git history that walk trees rather than paths.
 */
export const HISTORY_LAYOUT = {
  textsFolder: 'documents',
  layersFolder: 'annotations',
  textFile: (documentId: string): string => `${documentId}.txt`,
  /** True when `name` in `annotator`'s folder is a file of their layer of `documentId` (snapshot or journal). */
  isLayerFileOf(annotator: string, name: string, documentId: string): boolean {
    const kind = projectFileKind(`annotations/${annotator}/${name}`);
    return kind?.kind === 'layerFile' && kind.id === documentId;
  },
} as const;
