import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Fragment } from '../../../shared/spans';
import type { PositionMap } from './positions';

/** Where the caret goes in the reading view, and whether the view takes the focus for it. */
export interface ReadingCursor {
  /** A collapsed range puts the caret there; a wider one selects it (a search hit). */
  readonly range: Fragment | null;
  /** Counts requests for the focus: the view takes it when this changes. */
  readonly focusRequest: number;
}

/**
 * Puts the caret (or a selection) in the reading view without scrolling; focuses it when asked.
 * Returns where on screen the range it selected is (for the label menu beside it), else null.
 */
export function placeCursor(
  editor: Editor,
  positions: PositionMap,
  cursor: ReadingCursor,
  focus: boolean,
): DOMRect | null {
  const view = editor.view;
  if (focus && !view.hasFocus()) view.focus();
  if (!cursor.range || !view.hasFocus()) return null;
  const size = view.state.doc.content.size;
  const from = Math.min(positions.toPos(cursor.range.start), size);
  const to = Math.min(positions.toPos(cursor.range.end), size);
  const selection = TextSelection.create(view.state.doc, from, to);
  view.dispatch(view.state.tr.setSelection(selection).setMeta('addToHistory', false));
  if (from === to) return null;
  // ProseMirror has put the selection in the page as it dispatched (the view has the focus).
  const shown = window.getSelection();
  return shown && shown.rangeCount > 0 ? shown.getRangeAt(0).getBoundingClientRect() : null;
}
