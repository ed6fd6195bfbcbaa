/** The contract's method names without their schemas: what the preload needs, and nothing more. */
export const METHOD_NAMES = [
  'getProject',
  'getSettings',
  'updateSettings',
  'listDocuments',
  'openDocument',
  'addSpan',
  'addSpans',
  'updateSpan',
  'deleteSpan',
  'setStatus',
  'setDocumentLabel',
  'addStance',
  'updateStance',
  'deleteStance',
  'listEntities',
  'searchEntities',
  'createEntity',
  'updateEntity',
  'mergeEntities',
  'entityMentions',
  'searchText',
  'similarPassages',
  'carryStance',
  'stanceMap',
  'updateSchema',
  'renameLabel',
  'deleteLabel',
  'undo',
  'redo',
] as const;

/** The IPC channel of a contract method. @example channelOf('addSpan') === 'workbench:addSpan' */
export function channelOf(method: string): string {
  return `workbench:${method}`;
}
