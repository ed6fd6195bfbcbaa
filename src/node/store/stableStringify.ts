/**
 * Pretty JSON with keys in a stable order (the order of `keyOrder` first, then sorted),
 * two-space indent and a final newline, so a one-span change is a small diff. Output is
 * exactly `JSON.stringify(value, null, 2)` of the reordered value, written in one pass
 * (a save of a large layer must not pay for copying it first).
 */
export function stableStringify(
  value: unknown,
  keyOrder: readonly string[] = PREFERRED_KEYS,
): string {
  const writer = new PrettyWriter(keyOrder === PREFERRED_KEYS ? PREFERRED_RANK : rankOf(keyOrder));
  const text = writer.value(value, '');
  return `${text}\n`;
}

/**
 * The same stable key order on one line without spaces: one item of a layer file's span or
 * stance list, so adding or removing an item changes one line.
 */
export function stableLine(value: unknown): string {
  return LINE_WRITER.value(value, null) ?? 'null';
}

const PREFERRED_KEYS = [
  'formatVersion',
  'id',
  'name',
  'documentId',
  'annotator',
  'status',
  'textHash',
  'label',
  'type',
  'fragments',
  'start',
  'end',
  'from',
  'to',
  'holder',
  'target',
  'polarity',
  'evidence',
  'kind',
];
const PREFERRED_RANK = rankOf(PREFERRED_KEYS);

function rankOf(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((key, i) => [key, i]));
}

function compareKeys(a: string, b: string, rank: Map<string, number>): number {
  const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Array-index keys come first in any JavaScript object, ascending, whatever order they were added in. */
function isIndexKey(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
}

/** Writes JSON.stringify(value, null, 2) with object keys in the stable order; remembers the order of each key set. */
class PrettyWriter {
  private readonly orders = new Map<string, string[]>();

  constructor(private readonly rank: Map<string, number>) {}

  /** The value's JSON (on one line when `indent` is null), or undefined where JSON.stringify leaves it out. */
  value(value: unknown, indent: string | null): string | undefined {
    if (value === null) return 'null';
    if (typeof value !== 'object') return JSON.stringify(value);
    if (indent === null) return this.line(value);
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      const items = value.map((item: unknown) => this.value(item, inner) ?? 'null');
      return `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]`;
    }
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of this.order(record)) {
      const item = record[key];
      if (item === undefined) continue;
      const json = this.value(item, inner);
      if (json !== undefined) parts.push(`${JSON.stringify(key)}: ${json}`);
    }
    return parts.length === 0 ? '{}' : `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}`;
  }

  private line(value: object): string {
    if (Array.isArray(value))
      return `[${value.map((item: unknown) => this.value(item, null) ?? 'null').join(',')}]`;
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of this.order(record)) {
      const json = this.value(record[key], null);
      if (json !== undefined) parts.push(`${JSON.stringify(key)}:${json}`);
    }
    return `{${parts.join(',')}}`;
  }

  private order(record: Record<string, unknown>): string[] {
    const keys = Object.keys(record);
    const signature = `${keys.length}\u0000${keys.join('\u0000')}`;
    const known = this.orders.get(signature);
    if (known && known.every((key) => Object.hasOwn(record, key))) return known;
    const sorted = [...keys].sort((a, b) => compareKeys(a, b, this.rank));
    const indexKeys = sorted.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
    const ordered = indexKeys.length
      ? [...indexKeys, ...sorted.filter((k) => !isIndexKey(k))]
      : sorted;
    this.orders.set(signature, ordered);
    return ordered;
  }
}

const LINE_WRITER = new PrettyWriter(PREFERRED_RANK);
