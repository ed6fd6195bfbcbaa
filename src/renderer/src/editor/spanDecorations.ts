import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { LabelStyles, Span } from '../../../shared/model';
import type { PositionMap } from './positions';
import { stackLevels } from './stackLevels';

/** What the decoration plugin draws: spans in their label colours, one selected, one pending selection. */
export interface SpanPaint {
  readonly spans: readonly Span[];
  readonly styles: LabelStyles;
  readonly positions: PositionMap;
  readonly selectedId: string | null;
  readonly pending: { start: number; end: number } | null;
  /** Suggested mentions not yet annotated, drawn as ghosts. */
  readonly ghosts: readonly { start: number; end: number; selected: boolean }[];
}

export const spanDecorationsKey = new PluginKey<DecorationSet>('loupeSpans');

const FALLBACK_COLOR = '#888888';

function decorationsFor(paint: SpanPaint, doc: EditorState['doc']): DecorationSet {
  const levels = stackLevels(paint.spans);
  const decorations: Decoration[] = [];
  for (const span of paint.spans) {
    const level = levels.get(span.id) ?? 0;
    const color = paint.styles[span.label]?.color ?? FALLBACK_COLOR;
    const selected = span.id === paint.selectedId ? ' lp-span--selected' : '';
    for (const fragment of span.fragments) {
      decorations.push(
        Decoration.inline(
          paint.positions.toPos(fragment.start),
          paint.positions.toPos(fragment.end),
          {
            // nodeName gives every span its own element: without it ProseMirror merges the
            // attributes of decorations over the same text and overlapping spans would vanish.
            nodeName: 'span',
            class: `lp-span lp-level-${Math.min(level, 7)}${selected}`,
            style: `--lp-color: ${color}; --lp-level: ${level}`,
            'data-span-id': span.id,
            'data-label': span.label,
          },
          { spanId: span.id },
        ),
      );
    }
  }
  paint.ghosts.forEach((ghost, i) => {
    decorations.push(
      Decoration.inline(paint.positions.toPos(ghost.start), paint.positions.toPos(ghost.end), {
        nodeName: 'span',
        class: `lp-ghost${ghost.selected ? ' lp-ghost--selected' : ''}`,
        'data-ghost': String(i),
      }),
    );
  });
  if (paint.pending) {
    decorations.push(Decoration.inline(paint.positions.toPos(paint.pending.start), paint.positions.toPos(paint.pending.end), { class: 'lp-pending' }));
  }
  return DecorationSet.create(doc, decorations);
}

/** Redraws spans from the model; annotations never live inside the editor's document. */
export const SpanDecorations = Extension.create({
  name: 'loupeSpans',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: spanDecorationsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, previous) {
            const paint = tr.getMeta(spanDecorationsKey) as SpanPaint | undefined;
            if (paint) return decorationsFor(paint, tr.doc);
            return previous.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations(state) {
            return spanDecorationsKey.getState(state);
          },
        },
      }),
    ];
  },
});
