import { decode, encode } from '@msgpack/msgpack';
import { zlibSync } from 'fflate';
import { isRecord } from '../../collections';
import { boundedInflate } from './boundedInflate';
import { packFloats, packMap } from './packMap';

/**
 * A DocBin as spaCy's `DocBin.to_bytes` packs it (spacy/tokens/_serialize.py): for every
 * token of every document a row of `attrs` values (uint64, ORTH first), a space flag per
 * token, each document's token count, the strings the values hash, and per document its
 * `cats`, `flags`, span groups (msgpack bytes) and `user_data` (msgpack bytes, or null).
 */
export interface DocBinMessage {
  readonly version: string;
  readonly attrs: readonly number[];
  /** Row-major, `attrs.length` values a token. */
  readonly tokens: BigUint64Array;
  readonly spaces: Uint8Array;
  readonly lengths: Int32Array;
  readonly strings: readonly string[];
  readonly cats: readonly Readonly<Record<string, number>>[];
  readonly flags: readonly Readonly<Record<string, unknown>>[];
  readonly spanGroups: readonly Uint8Array[];
  readonly userData: readonly (Uint8Array | null)[] | null;
}

/**
 * Reads a `.spacy` file's bytes (zlib-compressed msgpack) into its message, or says why it
 * cannot: not zlib, a bomb, not msgpack, a field missing or of another shape, counts that
 * disagree. @example decodeDocBin(bytesOf('train.spacy')) → { message: { attrs: [65, …], … } }
 */
export function decodeDocBin(
  bytes: Uint8Array,
): { readonly message: DocBinMessage } | { readonly reason: string } {
  const inflated = boundedInflate(bytes);
  if ('reason' in inflated) return inflated;
  let value: unknown;
  try {
    value = decode(inflated.bytes);
  } catch (error) {
    return {
      reason: `inflates to no msgpack message spaCy wrote (${error instanceof Error ? error.message : String(error)}); the file is damaged or not a DocBin`,
    };
  }
  if (!isRecord(value) || !('tokens' in value) || !('attrs' in value))
    return {
      reason:
        'holds no DocBin (its message has no "attrs" and "tokens"); the file is not spaCy\'s DocBin',
    };
  return messageOf(value);
}

function messageOf(m: Record<string, unknown>): { message: DocBinMessage } | { reason: string } {
  const { attrs, tokens, spaces, lengths, strings } = m;
  if (!Array.isArray(attrs) || !attrs.every(isAttr) || attrs.length === 0)
    return { reason: '"attrs" is not a list of attribute ids' };
  if (
    !(tokens instanceof Uint8Array) ||
    !(spaces instanceof Uint8Array) ||
    !(lengths instanceof Uint8Array)
  )
    return {
      reason: '"tokens", "spaces" and "lengths" must be bytes (numpy arrays as DocBin writes them)',
    };
  if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string'))
    return { reason: '"strings" is not a list of strings' };
  if (lengths.length % 4 !== 0 || tokens.length % (8 * attrs.length) !== 0)
    return {
      reason:
        '"lengths" or "tokens" has a size no int32 / uint64 rows of its attrs have; the file is damaged',
    };
  const counts = new Int32Array(lengths.length / 4);
  const view = new DataView(lengths.buffer, lengths.byteOffset, lengths.byteLength);
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = view.getInt32(4 * i, true);
    if (n < 0) return { reason: `document ${i} has ${n} tokens; the file is damaged` };
    counts[i] = n;
    total += n;
  }
  const rows = tokens.length / (8 * attrs.length);
  if (rows !== total || spaces.length !== total)
    return {
      reason: `its documents count ${total} tokens, but it holds ${rows} token rows and ${spaces.length} space flags; the file is damaged`,
    };
  const docs = counts.length;
  const listOf = <T>(key: string, guard: (v: unknown) => v is T, empty: () => T): T[] | string => {
    const value = m[key];
    if (value === undefined) return Array.from({ length: docs }, empty);
    if (!Array.isArray(value) || value.length !== docs || !value.every(guard))
      return `"${key}" is not a list of ${docs} entries, one per document`;
    return value;
  };
  const cats = listOf('cats', isCats, () => ({}));
  if (typeof cats === 'string') return { reason: cats };
  const flags = listOf('flags', isRecord, () => ({}));
  if (typeof flags === 'string') return { reason: flags };
  const spanGroups = listOf('span_groups', isBytes, () => new Uint8Array(0));
  if (typeof spanGroups === 'string') return { reason: spanGroups };
  const userData =
    m.user_data === undefined ? null : listOf('user_data', isBytesOrNull, () => null);
  if (typeof userData === 'string') return { reason: userData };
  return {
    message: {
      version: typeof m.version === 'string' ? m.version : '',
      attrs,
      tokens: uint64s(tokens),
      spaces,
      lengths: counts,
      strings,
      cats,
      flags,
      spanGroups,
      userData,
    },
  };
}

/**
 * A message packed as `DocBin.to_bytes` packs it: msgpack in spaCy's key order, zlib-compressed.
 * @example encodeDocBin(message) → Uint8Array [0x78, …]
 */
export function encodeDocBin(message: DocBinMessage): Uint8Array {
  const tokens = new Uint8Array(message.tokens.length * 8);
  const view = new DataView(tokens.buffer);
  for (let i = 0; i < message.tokens.length; i++)
    view.setBigUint64(8 * i, message.tokens[i] ?? 0n, true);
  const lengths = new Uint8Array(message.lengths.length * 4);
  const lengthView = new DataView(lengths.buffer);
  for (let i = 0; i < message.lengths.length; i++)
    lengthView.setInt32(4 * i, message.lengths[i] ?? 0, true);
  // Keys in spaCy's order; `cats` as floats, as Python wrote the scores.
  const fields: [string, Uint8Array][] = [
    ['version', encode(message.version)],
    ['attrs', encode(message.attrs)],
    ['tokens', encode(tokens)],
    ['spaces', encode(message.spaces)],
    ['lengths', encode(lengths)],
    ['strings', encode(message.strings)],
    ['cats', packFloats(message.cats)],
    ['flags', encode(message.flags)],
    ['span_groups', encode(message.spanGroups)],
  ];
  if (message.userData) fields.push(['user_data', encode(message.userData)]);
  const packed = packMap(fields.map(([key, value]) => [encode(key), value] as const));
  return zlibSync(packed, { level: 6 });
}

/** Little-endian uint64s of bytes (numpy's `tobytes` on the platforms spaCy ships for). */
function uint64s(bytes: Uint8Array): BigUint64Array {
  const out = new BigUint64Array(bytes.length / 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getBigUint64(8 * i, true);
  return out;
}

function isAttr(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isCats(value: unknown): value is Record<string, number> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'number');
}

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

function isBytesOrNull(value: unknown): value is Uint8Array | null {
  return value === null || value instanceof Uint8Array;
}
