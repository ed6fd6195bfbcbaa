const MASK = (1n << 64n) - 1n;
const M = 0xc6a4a7935bd1e995n;
const R = 47n;
const encoder = new TextEncoder();

/**
 * Austin Appleby's MurmurHash64A of `bytes` with `seed`, as an unsigned 64-bit integer: the
 * hash spaCy's `hash_string` takes of a string's UTF-8 with seed 1 (murmurhash's `hash64`).
 * @example murmurHash64a(new TextEncoder().encode('x'), 1n) === 11123243248953317070n
 */
export function murmurHash64a(bytes: Uint8Array, seed: bigint): bigint {
  const length = bytes.length;
  let h = (seed ^ (BigInt(length) * M)) & MASK;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = length - (length & 7);
  for (let at = 0; at < whole; at += 8) {
    let k = view.getBigUint64(at, true);
    k = (k * M) & MASK;
    k ^= k >> R;
    k = (k * M) & MASK;
    h ^= k;
    h = (h * M) & MASK;
  }
  const rest = length & 7;
  if (rest > 0) {
    for (let i = rest - 1; i >= 0; i--) h ^= BigInt(bytes[whole + i] ?? 0) << BigInt(8 * i);
    h = (h * M) & MASK;
  }
  h ^= h >> R;
  h = (h * M) & MASK;
  h ^= h >> R;
  return h;
}

/**
 * spaCy's `hash_string`: MurmurHash64A of the string's UTF-8, seed 1.
 * @example hashString('ORG') === 8419042386026509531n
 */
export function hashString(text: string): bigint {
  return murmurHash64a(encoder.encode(text), 1n);
}
