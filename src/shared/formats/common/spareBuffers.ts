/** Buffers kept at most, and the largest kept: a spare buffer is memory held while no export runs. */
const SPARES = 2;
const LARGEST = 64 << 20;
const spares: Uint8Array<ArrayBuffer>[] = [];

/**
 * A buffer given back by a released export file ({@link giveBackBuffer}) with room for
 * `size` bytes (and at most four times as many), or null. Its old bytes are still in it.
 * Reusing it spares the next export of a long document a fresh 16 MB allocation, and the
 * garbage collector the full collections that allocations of that size bring on.
 */
export function takeSpareBuffer(size: number): Uint8Array<ArrayBuffer> | null {
  const at = spares.findIndex((b) => b.length >= size && b.length <= size * 4);
  if (at < 0) return null;
  const [buffer] = spares.splice(at, 1);
  return buffer ?? null;
}

/** Keeps `buffer` for a later export; only its releasing file may call this, and only once. */
export function giveBackBuffer(buffer: Uint8Array<ArrayBuffer>): void {
  if (buffer.length > LARGEST || spares.includes(buffer)) return;
  spares.push(buffer);
  if (spares.length > SPARES) spares.shift();
}
