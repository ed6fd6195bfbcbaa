import { decode, encode } from '@msgpack/msgpack';
import { isRecord } from '../../collections';
import { isJsonValue } from '../common';
import type { JsonValue } from '../common';
import { packMap } from './packMap';

/** One span of a group as `SpanGroup.to_bytes` packs it (`>QQQllll`: id, kb_id, label, token start and end, char start and end). */
export interface GroupSpan {
  readonly id: bigint;
  readonly kbId: bigint;
  readonly label: bigint;
  readonly start: number;
  readonly end: number;
  readonly startChar: number;
  readonly endChar: number;
}

/** A span group under one of `Doc.spans`' keys: its name, its attrs (JSON ones) and spans. */
export interface SpanGroup {
  readonly key: string;
  readonly attrs: Readonly<Record<string, JsonValue>>;
  readonly spans: readonly GroupSpan[];
}

const SPAN_BYTES = 40;
/** A binary map key (SpanGroups packs each group's bytes as a key) as a string no msgpack text key is. */
const BIN_KEY = '\u0000';

/**
 * The span groups of one document's `span_groups` entry (`SpanGroups.to_bytes`: a map of each
 * group's bytes to its keys, or an older list of group bytes, or nothing), or why not.
 * @example readSpanGroups(bytes) → { groups: [{ key: 'sc', attrs: {}, spans: [{ label: 383n, startChar: 0, … }] }] }
 */
export function readSpanGroups(
  bytes: Uint8Array,
): { readonly groups: SpanGroup[]; readonly dropped: number } | { readonly reason: string } {
  if (bytes.length === 0) return { groups: [], dropped: 0 };
  try {
    const value = decode(bytes, { mapKeyConverter: binKey });
    const packed: [Uint8Array, string[] | null][] = Array.isArray(value)
      ? value.filter(isBytes).map((b) => [b, null])
      : isRecord(value)
        ? Object.entries(value).map(([k, keys]) => [fromBinKey(k), stringsOf(keys)])
        : [];
    const groups: SpanGroup[] = [];
    let dropped = 0;
    for (const [groupBytes, keys] of packed) {
      const group = readGroup(groupBytes);
      if (typeof group === 'string') return { reason: group };
      dropped += group.dropped;
      for (const key of keys ?? [group.name])
        groups.push({ key, attrs: group.attrs, spans: group.spans });
    }
    return { groups, dropped };
  } catch (error) {
    return {
      reason: `its span groups are no msgpack spaCy wrote (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

function readGroup(
  bytes: Uint8Array,
):
  { name: string; attrs: Record<string, JsonValue>; spans: GroupSpan[]; dropped: number } | string {
  const value = decode(bytes, { mapKeyConverter: binKey });
  if (!isRecord(value) || typeof value.name !== 'string' || !Array.isArray(value.spans))
    return 'a span group is not {"name", "attrs", "spans"} as SpanGroup.to_bytes packs it';
  const attrs: Record<string, JsonValue> = {};
  let dropped = 0;
  for (const [key, item] of Object.entries(isRecord(value.attrs) ? value.attrs : {}))
    if (isJsonValue(item)) attrs[key] = item;
    else dropped++;
  const spans: GroupSpan[] = [];
  for (const packed of value.spans) {
    if (!(packed instanceof Uint8Array) || packed.length !== SPAN_BYTES)
      return `a span of the group "${value.name}" is not the ${SPAN_BYTES} bytes SpanGroup.to_bytes packs`;
    const view = new DataView(packed.buffer, packed.byteOffset, SPAN_BYTES);
    spans.push({
      id: view.getBigUint64(0),
      kbId: view.getBigUint64(8),
      label: view.getBigUint64(16),
      start: view.getInt32(24),
      end: view.getInt32(28),
      startChar: view.getInt32(32),
      endChar: view.getInt32(36),
    });
  }
  return { name: value.name, attrs, spans, dropped };
}

/**
 * One document's `span_groups` entry as `SpanGroups.to_bytes` packs it: an empty list when it
 * has none, else a map of each group's bytes to its key.
 * @example writeSpanGroups([]) → Uint8Array [0x90]
 */
export function writeSpanGroups(groups: readonly SpanGroup[]): Uint8Array {
  if (groups.length === 0) return encode([]);
  const entries = [...groups]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((group) => {
      const spans = [...group.spans]
        .sort((a, b) => a.startChar - b.startChar || a.endChar - b.endChar)
        .map(packSpan);
      const packed = encode({ name: group.key, attrs: group.attrs, spans });
      return [encode(packed), encode([group.key])] as const;
    });
  return packMap(entries);
}

/** A span as `SpanGroup.to_bytes` packs it: big-endian `>QQQllll`. */
function packSpan(s: GroupSpan): Uint8Array {
  const packed = new Uint8Array(SPAN_BYTES);
  const view = new DataView(packed.buffer);
  view.setBigUint64(0, s.id);
  view.setBigUint64(8, s.kbId);
  view.setBigUint64(16, s.label);
  view.setInt32(24, s.start);
  view.setInt32(28, s.end);
  view.setInt32(32, s.startChar);
  view.setInt32(36, s.endChar);
  return packed;
}

function binKey(key: unknown): string | number {
  if (typeof key === 'string' || typeof key === 'number') return key;
  if (key instanceof Uint8Array) {
    let text = BIN_KEY;
    for (const byte of key) text += String.fromCharCode(byte);
    return text;
  }
  throw new Error(`a map key is a ${typeof key}`);
}

function fromBinKey(key: string): Uint8Array {
  return Uint8Array.from(key.slice(BIN_KEY.length), (c) => c.charCodeAt(0));
}

function stringsOf(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
}

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}
