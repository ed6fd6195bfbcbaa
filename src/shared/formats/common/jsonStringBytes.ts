const encoder = new TextEncoder();

/** Texts at least this long are remembered: shorter ones cost less to encode than to look up and keep. */
const REMEMBER_FROM = 1 << 16;
/** UTF-16 units of text whose JSON bytes are kept (about 1.1 bytes a unit, so ~9 MB). */
const RECENT_UNITS = 8_000_000;
const recent = new Map<string, Uint8Array>();
let recentUnits = 0;

/**
 * The UTF-8 bytes of `JSON.stringify(text)` (quotes included), remembered for the long texts
 * used last: a document's text never changes, and an export of a long document is often run
 * again (another format, a split, after an edit), so its text is escaped once. Do not write
 * into the bytes returned.
 * @example new TextDecoder().decode(jsonStringBytes('a "b"')) === '"a \\"b\\""'
 */
export function jsonStringBytes(text: string): Uint8Array {
  const hit = recent.get(text);
  if (hit) return hit;
  const bytes = encoder.encode(JSON.stringify(text));
  if (text.length < REMEMBER_FROM || text.length > RECENT_UNITS) return bytes;
  for (const [old] of recent) {
    if (recentUnits + text.length <= RECENT_UNITS) break;
    recent.delete(old);
    recentUnits -= old.length;
  }
  recent.set(text, bytes);
  recentUnits += text.length;
  return bytes;
}

/** Long texts seen once by {@link keptJsonStringBytes}, the last few. */
const seenOnce = new Set<string>();
const SEEN_ONCE = 16;

/**
 * The kept bytes of `JSON.stringify(text)` ({@link jsonStringBytes}) when `text` is short or
 * was asked for before, else null: a long text seen for the first time (an export's first in
 * a process) is better encoded straight into the output, as new memory costs more to touch
 * than the encoding, and kept from its second time on. Do not write into the bytes returned.
 * @example keptJsonStringBytes(long) === null; keptJsonStringBytes(long) === jsonStringBytes(long)
 */
export function keptJsonStringBytes(text: string): Uint8Array | null {
  if (text.length < REMEMBER_FROM || text.length > RECENT_UNITS || recent.has(text))
    return jsonStringBytes(text);
  if (seenOnce.delete(text)) return jsonStringBytes(text);
  seenOnce.add(text);
  if (seenOnce.size > SEEN_ONCE) {
    const [oldest] = seenOnce;
    if (oldest !== undefined) seenOnce.delete(oldest);
  }
  return null;
}
