import type { EditResult } from '../../../shared/contract';
import type { Span } from '../../../shared/model';
import type { DocumentState } from './documentStore';

/** What an edit drawn before its answer changed in the view, to take back when the answer arrives. */
export interface Drawn {
  readonly documentId: string;
  /** The span an add (or the undo of a delete) drew, unsaved until the answer. */
  readonly added?: Span;
  /** The span a delete (or the undo of an add) took away. */
  readonly removed?: Span;
  /** Hears the saved span's id (null: not saved) in the same update that settles the drawing. */
  readonly settled?: (savedId: string | null) => void;
}

/** The state without what an edit drew: the provisional span goes (the answer brings the saved one). */
export function withoutDrawn(state: DocumentState, drawn: Drawn): DocumentState {
  const added = drawn.added;
  if (!added || !state.unsaved.has(added.id)) return state;
  const unsaved = new Set(state.unsaved);
  unsaved.delete(added.id);
  return { ...state, spans: state.spans.filter((s) => s.id !== added.id), unsaved };
}

/** A span drawn as removed that the answer did not remove (an undo that reverted something else) comes back. */
export function notRemovedAfterAll(
  state: DocumentState,
  drawn: Drawn,
  result: EditResult,
): DocumentState {
  const removed = drawn.removed;
  if (!removed || state.document?.id !== drawn.documentId) return state;
  const gone = result.changes.some(
    (c) => c.documentId === drawn.documentId && c.removed.includes(removed.id),
  );
  if (gone || state.spans.some((s) => s.id === removed.id)) return state;
  return { ...state, spans: [...state.spans, removed] };
}

/** The state as if a failed edit had never been drawn. */
export function takeBack(state: DocumentState, drawn: Drawn): DocumentState {
  const next = withoutDrawn(state, drawn);
  const removed = drawn.removed;
  if (!removed || next.spans.some((s) => s.id === removed.id)) return next;
  return { ...next, spans: [...next.spans, removed] };
}
