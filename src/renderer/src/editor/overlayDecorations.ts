import type { Node as PmNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { itemAt } from '../../../shared/collections';
import type { Fragment } from '../../../shared/spans';
import type { PositionMap } from './positions';

/** A suggested mention drawn over the text; a machine ghost (the model's) has a dashed outline and a hover title. */
export type Ghost = Fragment & {
  readonly selected: boolean;
  readonly machine?: boolean;
  /** Shown on hover, e.g. 'PER 0.87 (model)'. */
  readonly title?: string;
};

/** What is drawn over the spans: the pending selection, suggested mentions (ghosts) and the span a relation starts from. */
export interface OverlayPaint {
  readonly positions: PositionMap;
  readonly pending: Fragment | null;
  readonly ghosts: readonly Ghost[];
  /** The fragments of the span a new relation starts from. */
  readonly relateFrom?: readonly Fragment[];
}

function sameFragments(a: readonly Fragment[] = [], b: readonly Fragment[] = []): boolean {
  return a.length === b.length && a.every((f, i) => f.start === b[i]?.start && f.end === b[i]?.end);
}

/** True when two overlay paints draw the same thing, so a redraw can be skipped. */
export function sameOverlay(a: OverlayPaint | null, b: OverlayPaint): boolean {
  if (!a || a.positions !== b.positions || a.ghosts.length !== b.ghosts.length) return false;
  if (a.pending?.start !== b.pending?.start || a.pending?.end !== b.pending?.end) return false;
  if (!sameFragments(a.relateFrom, b.relateFrom)) return false;
  return a.ghosts.every((g, i) => {
    const h = itemAt(b.ghosts, i);
    return (
      g.start === h.start &&
      g.end === h.end &&
      g.selected === h.selected &&
      g.machine === h.machine &&
      g.title === h.title
    );
  });
}

/** The pending selection, ghosts and a relation's first span as decorations (few: rebuilt whenever they change). */
export function overlayDecorations(paint: OverlayPaint | null, doc: PmNode): DecorationSet {
  if (!paint) return DecorationSet.empty;
  const { positions } = paint;
  const decorations = paint.ghosts.map((ghost, i) =>
    Decoration.inline(positions.toPos(ghost.start), positions.toPos(ghost.end), {
      nodeName: 'span',
      class: `lp-ghost${ghost.machine ? ' lp-ghost--machine' : ''}${ghost.selected ? ' lp-ghost--selected' : ''}`,
      'data-ghost': String(i),
      ...(ghost.title ? { title: ghost.title, 'aria-label': ghost.title } : {}),
    }),
  );
  if (paint.pending)
    decorations.push(
      Decoration.inline(positions.toPos(paint.pending.start), positions.toPos(paint.pending.end), {
        class: 'lp-pending',
      }),
    );
  for (const fragment of paint.relateFrom ?? [])
    decorations.push(
      Decoration.inline(positions.toPos(fragment.start), positions.toPos(fragment.end), {
        class: 'lp-relate-from',
      }),
    );
  return DecorationSet.create(doc, decorations);
}
