import type { Layer, Span } from '../../shared/model';
import { spanIndexOf } from './spanIndex';

/**
 * A layer's spans by id with one edit's changes on top, read as a Map: lookups cost O(1)
 * (the layer's index is built once and carried from edit to edit), so an edit that touches
 * one span never copies the others. Iterating visits every span (O(n)), for edits that must.
 */
export class SpanOverlay implements ReadonlyMap<string, Span> {
  private readonly changes = new Map<string, Span | null>();
  private readonly base: ReadonlyMap<string, Span>;

  constructor(layer: Layer) {
    this.base = spanIndexOf(layer);
  }

  /** The span as the layer had it before this edit. */
  original(id: string): Span | undefined {
    return this.base.get(id);
  }

  get(id: string): Span | undefined {
    return this.changes.has(id) ? (this.changes.get(id) ?? undefined) : this.base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, span: Span): this {
    this.changes.set(id, span);
    return this;
  }

  delete(id: string): boolean {
    const had = this.has(id);
    this.changes.set(id, null);
    return had;
  }

  get size(): number {
    let size = this.base.size;
    for (const [id, span] of this.changes) size += (span ? 1 : 0) - (this.base.has(id) ? 1 : 0);
    return size;
  }

  *entries(): MapIterator<[string, Span]> {
    for (const [id, span] of this.base) {
      const now = this.changes.has(id) ? this.changes.get(id) : span;
      if (now) yield [id, now];
    }
    for (const [id, span] of this.changes) if (span && !this.base.has(id)) yield [id, span];
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<Span> {
    for (const [, span] of this.entries()) yield span;
  }

  [Symbol.iterator](): MapIterator<[string, Span]> {
    return this.entries();
  }

  forEach(callback: (span: Span, id: string, map: ReadonlyMap<string, Span>) => void): void {
    for (const [id, span] of this.entries()) callback(span, id, this);
  }
}
