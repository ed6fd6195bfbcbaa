import { isRecord } from '../../shared/collections';

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
    if (Array.isArray(value)) return this.list(value, indent);
    if (isRecord(value)) return this.record(value, indent);
    return JSON.stringify(value); // null and every value that is not an object
  }

  private list(items: readonly unknown[], indent: string | null): string {
    if (indent === null)
      return `[${items.map((item: unknown) => this.value(item, null) ?? 'null').join(',')}]`;
    if (items.length === 0) return '[]';
    const inner = `${indent}  `;
    const lines = items.map((item: unknown) => this.value(item, inner) ?? 'null');
    return `[\n${inner}${lines.join(`,\n${inner}`)}\n${indent}]`;
  }

  private record(record: Record<string, unknown>, indent: string | null): string {
    const inner = indent === null ? null : `${indent}  `;
    const parts: string[] = [];
    for (const key of this.order(record)) {
      const item = record[key];
      if (item === undefined) continue;
      const json = this.value(item, inner);
      if (json === undefined) continue;
      parts.push(
        inner === null ? `${JSON.stringify(key)}:${json}` : `${JSON.stringify(key)}: ${json}`,
      );
    }
    if (inner === null) return `{${parts.join(',')}}`;
    return parts.length === 0 ? '{}' : `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}`;
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
