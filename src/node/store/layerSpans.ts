import type { ChunkedList } from '../../shared/collections';
import type { Layer, Span } from '../../shared/model';

/** Span lists behind layers and flat span arrays: by the layer an edit made, or by the array a list flattened to. */
const lists = new WeakMap<object, ChunkedList<Span>>();

/**
 * A layer whose spans are `list`. The flat `spans` array is built when a reader first asks
 * for it (then the property becomes a plain one): an edit, its check and its journal record
 * never need it, so they cost the edit, not the layer. Readers see an ordinary Layer.
 */
export function layerWithSpans(fields: Omit<Layer, 'spans'>, list: ChunkedList<Span>): Layer {
  const layer: Layer = { ...fields, spans: [] };
  Object.defineProperty(layer, 'spans', {
    enumerable: true,
    configurable: true,
    get: () => {
      const spans = list.toArray();
      lists.set(spans, list);
      Object.defineProperty(layer, 'spans', {
        value: spans,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return spans;
    },
  });
  lists.set(layer, list);
  return layer;
}

/** Records that a flat span array (in order) is also held as `list`, so the next edit starts from it. */
export function rememberSpanList(spans: readonly Span[], list: ChunkedList<Span>): void {
  lists.set(spans, list);
}

/** The list behind a layer's spans, without building the flat array; null for a layer read from its file. */
export function spanListOf(layer: Layer): ChunkedList<Span> | null {
  // Every layer with a lazy `spans` is in the map, so reading `spans` here builds nothing.
  return lists.get(layer) ?? lists.get(layer.spans) ?? null;
}

/** What identifies a layer's span list (its list, else its array), without building the flat array. */
export function spansKey(layer: Layer): object {
  return spanListOf(layer) ?? layer.spans;
}

/** How many spans a layer holds, without building the flat array. */
export function spanCountOf(layer: Layer): number {
  return spanListOf(layer)?.size ?? layer.spans.length;
}

/** The layer's fields but its spans (copied without building the flat array). */
export function layerFieldsOf(layer: Layer): Omit<Layer, 'spans'> {
  const { spans: _spans, ...fields } = Object.getOwnPropertyDescriptors(layer);
  // The descriptors are the layer's own data properties (only `spans` may be a getter).
  return Object.defineProperties({} as Omit<Layer, 'spans'>, fields);
}

/** The layer with its flat `spans` built: plain data, as a reader or a transport needs it. */
export function plainLayer(layer: Layer): Layer {
  void layer.spans;
  return layer;
}
