import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
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

/** Spans drawn from the model and updated span by span; annotations never live inside the editor's document. */
export const SpanDecorations = Extension.create({
  name: 'loupeSpans',
  addProseMirrorPlugins() {
    return [
      new Plugin<SpanLayer>({
        key: spanDecorationsKey,
        state: {
          init: () => emptySpanLayer,
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
          init: (_, state) => overlayDecorations(null, state.doc),
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
