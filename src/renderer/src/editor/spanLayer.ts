import type { Node as PmNode } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';
import type { Span } from '../../../shared/model';
import { spanExtent } from '../../../shared/spans';
import { IndexedDecorations } from './indexedDecorations';
import { diffSpans } from '../../../shared/spans';
import type { PmPosition } from './positions';
import { spanDecoration, type SpanDecorationSpec, type SpanLook } from './spanDecoration';
import { stackLevels } from './stackLevels';

/** The spans to draw and how. */
export interface SpanPaint extends SpanLook {
  readonly spans: readonly Span[];
}

/** Spans drawn at once; a larger layer draws those near `anchor` first and the rest later (`spanDecorations.ts`). */
const EAGER_SPANS = 3000;
/**
 * Spans a view draws at once in its first render, with its text. Drawing the rest later costs a
 * second pass over every paragraph (on 1 MB with 22,000 spans, a 400–550 ms redraw after the
 * first frame, the rest of the text cut and wrapped again), while drawn with the text they cost
 * only their own elements; and no one can type into a view that has not rendered yet. Beyond
 * this (10 MB, 220,000 spans) the first frame would wait seconds: those spans near the reader come first.
 */
export const FIRST_EAGER_SPANS = 30_000;
/** Positions around the anchor drawn in the first frame (several screens of text). */
const NEAR_BEFORE = 20_000;
const NEAR_AFTER = 60_000;
/** A change touching more spans than this is drawn from scratch. */
const REBUILD_CHANGES = 500;

/**
 * The span decorations of one view: an immutable set, kept per paragraph
 * ({@link IndexedDecorations}), updated in place of rebuilt (a one-span edit touches only
 * that span's paragraph), plus decorations still waiting to be drawn. The rest of a large
 * layer is built in slices that let input in, then shown region by region.
 */
export interface SpanLayer {
  readonly paint: SpanPaint | null;
  readonly set: IndexedDecorations;
  readonly waiting: readonly (readonly Decoration[])[];
}

export const emptySpanLayer: SpanLayer = {
  paint: null,
  set: IndexedDecorations.empty,
  waiting: [],
};

/**
 * Draws `paint` from scratch; with more than `eager` spans, only those near `anchor` now and the
 * rest in steps.
 */
export function buildSpanLayer(
  paint: SpanPaint,
  doc: PmNode,
  anchor: PmPosition,
  eager = EAGER_SPANS,
): SpanLayer {
  const levels = stackLevels(paint.spans);
  const all = paint.spans.flatMap((span) => spanDecoration(span, levels.get(span.id) ?? 0, paint));
  if (paint.spans.length <= eager)
    return { paint, set: IndexedDecorations.empty.add(doc, all), waiting: [] };
  const near: Decoration[] = [];
  const rest: Decoration[] = [];
  for (const decoration of all) {
    if (decoration.to < anchor - NEAR_BEFORE || decoration.from > anchor + NEAR_AFTER)
      rest.push(decoration);
    else near.push(decoration);
  }
  const waiting = rest.length ? [rest] : [];
  return { paint, set: IndexedDecorations.empty.add(doc, near), waiting };
}

/** Moves from one paint to the next, touching only the spans that changed when it can. */
export function updateSpanLayer(
  layer: SpanLayer,
  paint: SpanPaint,
  doc: PmNode,
  anchor: () => PmPosition,
): SpanLayer {
  const previous = layer.paint;
  if (!previous || previous.positions !== paint.positions || previous.styles !== paint.styles)
    return buildSpanLayer(paint, doc, anchor());
  const { removed, added } = withSelectionChange(
    diffSpans(previous.spans, paint.spans),
    previous,
    paint,
  );
  if (removed.length + added.length > REBUILD_CHANGES) return buildSpanLayer(paint, doc, anchor());
  let set = layer.waiting.reduce((s, step) => s.add(doc, step), layer.set);
  const freed = new Map<string, number>();
  for (const span of removed) {
    const [from, to] = extent(span, paint);
    const own = set.find(from, to, (spec: Partial<SpanDecorationSpec>) => spec.spanId === span.id);
    for (const d of own) freed.set(span.id, (d.spec as SpanDecorationSpec).level);
    set = set.remove(own);
  }
  for (const span of added) {
    const level = freeLevel(set, span, paint, freed.get(span.id));
    set = set.add(doc, spanDecoration(span, level, paint));
  }
  return { paint, set, waiting: [] };
}

/** A span whose selection state changed is redrawn: it counts as removed and added. */
function withSelectionChange(
  diff: { removed: readonly Span[]; added: readonly Span[] },
  previous: SpanPaint,
  paint: SpanPaint,
): { removed: Span[]; added: Span[] } {
  const removed = [...diff.removed];
  const added = [...diff.added];
  if (previous.selectedId === paint.selectedId) return { removed, added };
  const touched = new Set(added.map((s) => s.id));
  for (const id of [previous.selectedId, paint.selectedId]) {
    if (id === null || touched.has(id)) continue;
    const before = previous.spans.find((s) => s.id === id);
    const now = paint.spans.find((s) => s.id === id);
    if (before && !removed.includes(before)) removed.push(before);
    if (now) added.push(now);
    touched.add(id);
  }
  return { removed, added };
}

/** The lowest level no drawn span uses over this span's fragments; a redrawn span keeps its level when it is still free. */
function freeLevel(
  set: IndexedDecorations,
  span: Span,
  look: SpanLook,
  previous: number | undefined,
): number {
  const used = new Set<number>();
  for (const fragment of span.fragments) {
    const from = look.positions.toPos(fragment.start);
    const to = look.positions.toPos(fragment.end);
    for (const d of set.find(
      from,
      to,
      (spec: Partial<SpanDecorationSpec>) => spec.level !== undefined,
    )) {
      if (d.from < to && d.to > from) used.add((d.spec as SpanDecorationSpec).level);
    }
  }
  if (previous !== undefined && !used.has(previous)) return previous;
  let level = 0;
  while (used.has(level)) level++;
  return level;
}

function extent(span: Span, look: SpanLook): [PmPosition, PmPosition] {
  const { start, end } = spanExtent(span.fragments);
  return [look.positions.toPos(start), look.positions.toPos(end)];
}
