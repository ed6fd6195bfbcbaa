import type { Span } from '../../../shared/model';
import { diffSpans } from '../../../shared/spans';
import type { SpanPaint } from './spanLayer';

function sameRangeAndLabel(a: Span, b: Span): boolean {
  if (a.label !== b.label || a.fragments.length !== b.fragments.length) return false;
  return a.fragments.every(
    (f, i) => f.start === b.fragments[i]?.start && f.end === b.fragments[i]?.end,
  );
}

/**
 * True when `next` differs from `drawn` only by a span drawn ahead of its save giving way to
 * the saved span (same range and label, its id and unsaved look change; the selection may
 * follow it): the answer of an add, which changes nothing the reader needs before "Saved".
 * @example savedSwap(paint([unsavedA], { unsaved: ['unsaved_1'] }), paint([savedA])) → true
 */
export function savedSwap(drawn: SpanPaint, next: SpanPaint): boolean {
  if (drawn.positions !== next.positions || drawn.styles !== next.styles) return false;
  const wasUnsaved = drawn.unsaved ?? new Set<string>();
  const isUnsaved = next.unsaved ?? new Set<string>();
  if (isUnsaved.size !== wasUnsaved.size - 1) return false;
  const { removed, added } = diffSpans(drawn.spans, next.spans);
  const [gone] = removed;
  const [saved] = added;
  if (removed.length !== 1 || added.length !== 1 || !gone || !saved) return false;
  if (!wasUnsaved.has(gone.id) || isUnsaved.has(saved.id) || isUnsaved.has(gone.id)) return false;
  const selectionFollows =
    drawn.selectedId === next.selectedId ||
    (drawn.selectedId === gone.id && next.selectedId === saved.id);
  return selectionFollows && sameRangeAndLabel(gone, saved);
}
