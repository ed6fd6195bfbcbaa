import type { EditorView } from '@tiptap/pm/view';
import { pmPosition, type PmPosition } from './positions';

/** The document position at the top of what the reader sees (0 when the view is not on screen). */
export function visibleAnchor(view: EditorView): PmPosition {
  if (view.isDestroyed || !view.dom.isConnected) return pmPosition(0);
  const rect = view.dom.getBoundingClientRect();
  const top = Math.max(rect.top, 0) + 1;
  if (top > window.innerHeight || rect.bottom < 0) return pmPosition(0);
  return pmPosition(view.posAtCoords({ left: rect.left + 1, top })?.pos ?? 0);
}
