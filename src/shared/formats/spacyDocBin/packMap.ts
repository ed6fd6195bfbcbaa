import { encode } from '@msgpack/msgpack';

/**
 * A msgpack map of keys (each packed with `encode`: text or bytes) to values packed already:
 * what lets a DocBin hold bytes as keys (span groups) and floats beside integers (`cats`).
 * @example packMap([[encode('a'), encode(1)]]) → Uint8Array [0x81, 0xa1, 0x61, 0x01]
 */
export function packMap(entries: readonly (readonly [Uint8Array, Uint8Array])[]): Uint8Array {
  const count = entries.length;
  const header =
    count < 16
      ? Uint8Array.of(0x80 | count)
      : count < 0x10000
        ? Uint8Array.of(0xde, count >> 8, count & 0xff)
        : Uint8Array.of(
            0xdf,
            count >>> 24,
            (count >> 16) & 0xff,
            (count >> 8) & 0xff,
            count & 0xff,
          );
  const parts = [header, ...entries.flat()];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Packs `value` as msgpack, every number a float64 (Python reads `1.0`, as spaCy wrote a score). @example packFloats({ a: 1 }) → Uint8Array [0x81, 0xa1, 0x61, 0xcb, …] */
export function packFloats(value: unknown): Uint8Array {
  return encode(value, { forceIntegerToFloat: true });
}
