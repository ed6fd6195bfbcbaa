import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { OverlayPaint } from './overlayDecorations';
import { overlayDecorations } from './overlayDecorations';
import { pmPosition, type PmPosition } from './positions';
import { inDocumentOrder } from './inDocumentOrder';
import type { IndexedDecorations } from './indexedDecorations';
import {
  buildSpanLayer,
  emptySpanLayer,
  FIRST_EAGER_SPANS,
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
 * decorations, so the text is laid out with its spans once. Up to `eager` spans are drawn
 * in that render (`FIRST_EAGER_SPANS`); a larger layer draws those near the top first.
 */
export interface FirstDrawing {
  readonly paint: FirstPaint;
  layer(doc: PmNode): SpanLayer;
  decorations(state: EditorState): IndexedDecorations | null;
}

export function firstDrawing(paint: FirstPaint, eager = FIRST_EAGER_SPANS): FirstDrawing {
  let drawn: { doc: PmNode; layer: SpanLayer } | null = null;
  const layer = (doc: PmNode): SpanLayer => {
    if (drawn?.doc !== doc)
      drawn = { doc, layer: buildSpanLayer(paint.spans, doc, pmPosition(0), eager) };
    return drawn.layer;
  };
  return {
    paint,
    layer,
    decorations: (state) => (spanDecorationsKey.getState(state) ? null : layer(state.doc).set),
  };
}

/** The longest stretch of drawing between two chances for a key or a click to be handled. */
const SLICE_MS = 30;

/**
 * Resolves in a new task at the page's ordinary priority: a key or a click waiting meanwhile
 * goes first, and so do the page's other tasks (answers from the server, timers), in turn.
 * Not `scheduler.yield()`: its continuation goes ahead of every ordinary task, so the page's
 * own work (a save's answer, the benchmark's probe) would wait for the whole drawing.
 */
function yieldToInput(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Spans shown per redraw while the rest of a large layer is drawn: a stretch of the text a
 * few dozen screens long at the 10 MB document's density (about 80 spans fill a screen), so a
 * key pressed meanwhile waits for one short redraw. A redraw finds each paragraph's set by
 * binary search (`IndexedDecorations`), so many small regions cost little more than a few
 * large ones; its time is the region's own span elements.
 */
const REGION_DECORATIONS = 4_000;

/** A drawn region of a layer's waiting spans, and what still waits after it. */
interface DrawnStep {
  readonly from: SpanLayer;
  readonly set: IndexedDecorations;
  readonly waiting: SpanLayer['waiting'];
}

/** The region each drawing transaction shows (typed, unlike a transaction's meta). */
const drawnSteps = new WeakMap<Transaction, DrawnStep>();

/**
 * Draws the spans waiting in the layer after the frame that shows the first ones, region by
 * region in document order: each region's decorations are built in slices of at most
 * {@link SLICE_MS} with a yield between them (a key pressed meanwhile is handled within a
 * slice), then shown in one transaction. A layer replaced meanwhile (new spans, an edit)
 * drops the work; the new layer's waiting spans are drawn instead.
 */
function drawWaitingSteps(
  view: EditorView,
  regionSize: number,
): { update(view: EditorView): void; destroy(): void } {
  let current = view;
  let drawing: SpanLayer | null = null;
  let showing = false;
  let frame = 0;
  const layerNow = (): SpanLayer | undefined => spanDecorationsKey.getState(current.state);
  const stale = (layer: SpanLayer): boolean => current.isDestroyed || layerNow() !== layer;
  const draw = async (first: SpanLayer): Promise<void> => {
    const { doc } = current.state;
    const rest = inDocumentOrder(first.waiting.flat());
    let layer = first;
    let set = layer.set;
    let started = performance.now();
    for (let at = 0; at < rest.length;) {
      const region = rest.slice(at, at + regionSize);
      at += region.length;
      const steps = set.addSteps(doc, region);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          set = step.value;
          break;
        }
        if (performance.now() - started < SLICE_MS) continue;
        await yieldToInput();
        if (stale(layer)) return;
        started = performance.now();
      }
      if (stale(layer)) return;
      const left = rest.slice(at);
      const drawn: DrawnStep = { from: layer, set, waiting: left.length ? [left] : [] };
      showing = true;
      try {
        const tr = current.state.tr.setMeta(STEP, true).setMeta('addToHistory', false);
        drawnSteps.set(tr, drawn);
        current.dispatch(tr);
      } finally {
        showing = false;
      }
      const next = layerNow();
      if (!next || next.set !== set) return;
      layer = next;
      drawing = next;
      if (at >= rest.length) return;
      await yieldToInput();
      if (stale(layer)) return;
      started = performance.now();
    }
  };
  const schedule = (): void => {
    const layer = layerNow();
    if (showing || !layer?.waiting.length || drawing === layer) return;
    drawing = layer;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      void yieldToInput()
        .then(() => (stale(layer) ? undefined : draw(layer)))
        .finally(() => {
          if (drawing === layer) drawing = null;
        });
    });
  };
  schedule();
  return {
    update(next) {
      current = next;
      schedule();
    },
    destroy() {
      cancelAnimationFrame(frame);
    },
  };
}

/**
 * Spans drawn from the model and updated span by span; annotations never live inside the
 * editor's document. With `first` set (`SpanDecorations.configure({ first })`, see
 * {@link FirstDrawing}), a new view starts with its spans drawn instead of drawing them in a
 * second pass over the document.
 */
export const SpanDecorations = Extension.create<{
  first: FirstDrawing | null;
  /** Spans shown per redraw while the rest of a large layer is drawn. */
  region: number;
}>({
  name: 'loupeSpans',
  addOptions() {
    return { first: null, region: REGION_DECORATIONS };
  },
  addProseMirrorPlugins() {
    const { first, region } = this.options;
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
                : buildSpanLayer(meta.paint, tr.doc, pmPosition(0), FIRST_EAGER_SPANS);
            const drawn = drawnSteps.get(tr);
            if (drawn)
              return drawn.from === layer
                ? { ...layer, set: drawn.set, waiting: drawn.waiting }
                : layer;
            return tr.docChanged ? { ...layer, set: layer.set.map(tr.mapping, tr.doc) } : layer;
          },
        },
        view: (view) => drawWaitingSteps(view, region),
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
