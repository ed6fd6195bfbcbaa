import type { HistoryState, OpenedDocument, Problem } from '../../../shared/contract';
import type {
  AnnotationEvent,
  DismissedName,
  DocumentMetadata,
  DocumentStatus,
  Equivalence,
  Relation,
  Span,
  Stance,
} from '../../../shared/model';

/** The open document and the user's layer of it, as the view holds them. */
export interface DocumentState {
  readonly document: OpenedDocument['document'] | null;
  readonly spans: readonly Span[];
  readonly stances: readonly Stance[];
  /** Relations between spans (made here or imported); events (from brat) are shown read-only. */
  readonly relations: readonly Relation[];
  readonly events: readonly AnnotationEvent[];
  /** Sets of spans naming the same thing (brat `*` lines), shown read-only. */
  readonly equivalences: readonly Equivalence[];
  /** Known-name suggestions the user dismissed in this document. */
  readonly dismissedNames: readonly DismissedName[];
  readonly documentLabels: Readonly<Record<string, string>>;
  readonly status: DocumentStatus;
  readonly history: HistoryState;
  /** Spans drawn at once but not saved yet (their ids); the save state says "Saving…" meanwhile. */
  readonly unsaved: ReadonlySet<string>;
  /** Why edits of this layer are refused though the project is writable (a read-only journal), with what to do. */
  readonly notice: Problem | null;
  /** What the source file kept beside the text (doccano meta, Label Studio fields, CoNLL columns), shown read-only. */
  readonly metadata: DocumentMetadata;
}

/** The open document's id (null: none open): a stable value for {@link useStoreValue}. */
export function documentIdOf(state: DocumentState): string | null {
  return state.document?.id ?? null;
}

/** The open document (its text and meta, not the layer): unchanged by edits of the layer. */
export function openedDocument(state: DocumentState): DocumentState['document'] {
  return state.document;
}

export const EMPTY_DOCUMENT: DocumentState = {
  document: null,
  spans: [],
  stances: [],
  relations: [],
  events: [],
  equivalences: [],
  dismissedNames: [],
  documentLabels: {},
  status: 'todo',
  history: { canUndo: false, canRedo: false },
  unsaved: new Set(),
  notice: null,
  metadata: {},
};

/** The state of a document as `openDocument` answered it: nothing drawn ahead of its save. */
export function openedState({ document, layer, history, notice }: OpenedDocument): DocumentState {
  return {
    document,
    spans: layer.spans,
    stances: layer.stances,
    relations: layer.relations ?? [],
    events: layer.events ?? [],
    equivalences: layer.equivalences ?? [],
    dismissedNames: layer.dismissedNames ?? [],
    documentLabels: layer.documentLabels,
    status: layer.status,
    history,
    unsaved: EMPTY_DOCUMENT.unsaved,
    notice: notice ?? null,
    metadata: layer.metadata ?? {},
  };
}
