import type { MethodKind } from './defineMethod';
import type { PublicContract } from './workbenchContract';

/**
 * What each public method does to the project, as plain data: the window needs the method
 * names (its client) and kinds (its save state) before its first frame, and the contract's
 * schemas would bring zod with them. The type makes this table equal to the contract's:
 * a method added, removed or changing kind there fails the type check here.
 * @example PUBLIC_METHOD_KINDS.addSpan === 'edit'
 */
export const PUBLIC_METHOD_KINDS: {
  readonly [M in keyof PublicContract]: PublicContract[M]['kind'];
} = {
  getProject: 'read',
  getSettings: 'read',
  updateSettings: 'settings',
  listDocuments: 'read',
  openDocument: 'read',
  setDocumentTitle: 'edit',
  syncWithDisk: 'read',
  undo: 'edit',
  redo: 'edit',
  validateProject: 'read',
  projectStats: 'read',
  addSpan: 'edit',
  addSpans: 'edit',
  updateSpan: 'edit',
  deleteSpan: 'edit',
  addRelation: 'edit',
  deleteRelation: 'edit',
  dismissName: 'edit',
  setStatus: 'edit',
  setDocumentLabel: 'edit',
  addStance: 'edit',
  updateStance: 'edit',
  deleteStance: 'edit',
  carryStance: 'edit',
  stanceMap: 'read',
  listEntities: 'read',
  searchEntities: 'read',
  createEntity: 'edit',
  updateEntity: 'edit',
  mergeEntities: 'edit',
  entityMentions: 'read',
  searchText: 'read',
  similarPassages: 'read',
  updateSchema: 'edit',
  renameLabel: 'edit',
  deleteLabel: 'edit',
  agreement: 'read',
  reviewDocument: 'read',
  adjudicate: 'edit',
  acceptAllAgreed: 'edit',
  panelReview: 'read',
  decideCandidate: 'edit',
  acceptMajority: 'edit',
  previewImport: 'read',
  importFiles: 'edit',
  previewExport: 'read',
  exportProject: 'read',
  exportArchive: 'read',
  interchangeProgress: 'read',
  cancelInterchange: 'read',
  suggest: 'edit',
  suggestProgress: 'read',
  cancelSuggest: 'read',
  acceptSuggestion: 'edit',
  rejectSuggestion: 'edit',
  acceptSuggestionsOfLabel: 'edit',
  listSuggestions: 'read',
  suggestionPrecision: 'read',
  sync: 'edit',
  syncStatus: 'read',
  resolveConflict: 'edit',
  documentHistory: 'read',
  layerAtCommit: 'read',
  textAtCommit: 'read',
  credentialsStatus: 'read',
  saveCredentials: 'settings',
  forgetCredentials: 'settings',
};

const KINDS: Readonly<Record<string, MethodKind>> = PUBLIC_METHOD_KINDS;

/** The public methods whose contract entry says `refusal: 'unchanged'`. */
type RefusalUnchanged = {
  [M in keyof PublicContract]: NonNullable<PublicContract[M]['refusal']> extends 'unchanged'
    ? M
    : never;
}[keyof PublicContract];

/**
 * The public methods whose refusal leaves the project and the person's work unchanged (see
 * `MethodRefusal`), as plain data for the window's save state. The type makes it the contract's
 * list: a method marked there and missing here, or listed here and not marked, fails the check.
 * @example PUBLIC_REFUSALS_UNCHANGED.updateSchema === true
 */
export const PUBLIC_REFUSALS_UNCHANGED: { readonly [M in RefusalUnchanged]: true } = {
  updateSchema: true,
  importFiles: true,
  suggest: true,
  sync: true,
};

const UNCHANGED: Readonly<Record<string, true>> = PUBLIC_REFUSALS_UNCHANGED;

/** The kind of a public method by name; null for a name that is none. @example publicMethodKind('addSpan') === 'edit' */
export function publicMethodKind(method: string): MethodKind | null {
  return Object.hasOwn(KINDS, method) ? (KINDS[method] ?? null) : null;
}

/**
 * Whether a refusal of public method `method` leaves the project and the person's work as they
 * were (the caller keeps and names what was refused). @example refusalLeavesWorkUnchanged('sync') === true
 */
export function refusalLeavesWorkUnchanged(method: string): boolean {
  return Object.hasOwn(UNCHANGED, method);
}
