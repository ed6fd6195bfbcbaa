import { LOCK_FILE } from './projectLock';
import { projectFileKind } from './projectFileKind';

/** The folders of a project whose every entry is Loupe's or git's. */
const OWNED_FOLDERS = new Set(['documents', 'entities', 'annotations', '.git']);

/**
 * True when a path relative to a project folder ('/'-separated) is one Loupe or git keeps
 * there: a project file, the writer's lock, or anything in documents/, entities/,
 * annotations/ or .git/. What another program writes (an export) never goes there.
 * @example ownedByProject('documents/a.txt') === true; ownedByProject('exports/a.jsonl') === false
 */
export function ownedByProject(path: string): boolean {
  const [first = ''] = path.split('/');
  if (OWNED_FOLDERS.has(first)) return true;
  if (path === LOCK_FILE || path.startsWith(`${LOCK_FILE}.`)) return true;
  return projectFileKind(path) !== null;
}
