import type { MethodName } from './api';

/**
 * Contract methods that never write the project folder; every other method is an edit and
 * is refused while a project is open read-only. Unknown methods count as edits (fail safe).
 * `updateSettings` writes only the user's own settings, never the project.
 * @example isEditMethod('addSpan') === true; isEditMethod('listDocuments') === false
 */
export const READ_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'getProject',
  'getSettings',
  'updateSettings',
  'listDocuments',
  'openDocument',
  'listEntities',
  'searchEntities',
  'entityMentions',
  'searchText',
  'similarPassages',
  'stanceMap',
  'previewImport',
  'previewExport',
  'exportProject',
  'syncWithDisk',
  'agreement',
  'reviewDocument',
]);

/** True when calling `method` may write the project folder. */
export function isEditMethod(method: string): boolean {
  return !READ_METHODS.has(method as MethodName);
}
