import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { OverlayPaint } from './overlayDecorations';
import { overlayDecorations } from './overlayDecorations';
import { pmPosition, type PmPosition } from './positions';
import {
  buildSpanLayer,
  drawNextStep,
  emptySpanLayer,
  updateSpanLayer,
  type SpanLayer,
  type SpanPaint,
} from './spanLayer';
import type { DecorationSet } from '@tiptap/pm/view';

export type { SpanPaint } from './spanLayer';
export type { OverlayPaint } from './overlayDecorations';

/** A new paint of the spans, and where the reader is looking should they be drawn from scratch. */
export interface SpanPaintMeta {
  readonly paint: SpanPaint;
  anchor(): PmPosition;
}

export const spanDecorationsKey = new PluginKey<SpanLayer>('loupeSpans');
export const overlayDecorationsKey = new PluginKey<DecorationSet>('loupeOverlays');
const STEP = 'loupeSpansStep';

/** What a new view draws with its document, in the same pass as the text. */
export interface FirstPaint {
  readonly spans: SpanPaint;
  readonly overlay: OverlayPaint;
}

/**
 * A first paint drawn once, for the view's own first render and the span plugin's first state.
 * TipTap renders a new view before it adds the plugins; `decorations`, passed as the view's
 * `decorations` prop, draws the spans in that render, and the plugin then starts from the same
 * DecorationSet, so the text is laid out with its spans once.
 */
export interface FirstDrawing {
  readonly paint: FirstPaint;
  layer(doc: PmNode): SpanLayer;
  decorations(state: EditorState): DecorationSet | null;
}

export function firstDrawing(paint: FirstPaint): FirstDrawing {
  let drawn: { doc: PmNode; layer: SpanLayer } | null = null;
  const layer = (doc: PmNode): SpanLayer => {
    if (drawn?.doc !== doc) drawn = { doc, layer: buildSpanLayer(paint.spans, doc, pmPosition(0)) };
    return drawn.layer;
  };
  return {
    paint,
    layer,
    decorations: (state) => (spanDecorationsKey.getState(state) ? null : layer(state.doc).set),
  };
}

/** Draws the spans waiting in the layer one step per frame, after the frame that shows the first ones. */
function drawWaitingSteps(view: EditorView): { update(view: EditorView): void; destroy(): void } {
  let scheduled = 0;
  let current = view;
  const schedule = (): void => {
    if (scheduled || (spanDecorationsKey.getState(current.state)?.waiting.length ?? 0) === 0)
      return;
    scheduled = requestAnimationFrame(() => {
      scheduled = window.setTimeout(() => {
        scheduled = 0;
        if (!current.isDestroyed)
          current.dispatch(current.state.tr.setMeta(STEP, true).setMeta('addToHistory', false));
      }, 0);
    });
  };
  schedule();
  return {
    update(next) {
      current = next;
      schedule();
    },
    destroy() {
      cancelAnimationFrame(scheduled);
      clearTimeout(scheduled);
    },
  };
}

/**
 * Spans drawn from the model and updated span by span; annotations never live inside the
 * editor's document. With `first` set (`SpanDecorations.configure({ first })`, see
 * {@link FirstDrawing}), a new view starts with its spans drawn instead of drawing them in a
 * second pass over the document.
 */
export const SpanDecorations = Extension.create<{ first: FirstDrawing | null }>({
  name: 'loupeSpans',
  addOptions() {
    return { first: null };
  },
  addProseMirrorPlugins() {
    const { first } = this.options;
    return [
      new Plugin<SpanLayer>({
        key: spanDecorationsKey,
        state: {
          init: (_, state) => (first ? first.layer(state.doc) : emptySpanLayer),
          apply(tr, layer) {
            const meta = tr.getMeta(spanDecorationsKey) as SpanPaintMeta | undefined;
            if (meta)
              return layer.paint
                ? updateSpanLayer(layer, meta.paint, tr.doc, meta.anchor)
                : buildSpanLayer(meta.paint, tr.doc, pmPosition(0));
            if (tr.getMeta(STEP)) return drawNextStep(layer, tr.doc);
            return tr.docChanged ? { ...layer, set: layer.set.map(tr.mapping, tr.doc) } : layer;
          },
        },
        view: drawWaitingSteps,
        props: {
          decorations: (state) => spanDecorationsKey.getState(state)?.set,
          // Tells tests and the benchmark whether every span is drawn yet.
          attributes: (state): Record<string, string> => ({
            'data-spans': spanDecorationsKey.getState(state)?.waiting.length ? 'drawing' : 'drawn',
          }),
        },
      }),
      new Plugin<DecorationSet>({
        key: overlayDecorationsKey,
        state: {
          init: (_, state) => overlayDecorations(first?.paint.overlay ?? null, state.doc),
          apply(tr, set) {
            const paint = tr.getMeta(overlayDecorationsKey) as OverlayPaint | undefined;
            if (paint) return overlayDecorations(paint, tr.doc);
            return set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => overlayDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
