/**
 * Pretty JSON with keys in a stable order (the order of `keyOrder` first, then sorted),
 * two-space indent and a final newline, so a one-span change is a small diff.
 */
export function stableStringify(value: unknown, keyOrder: readonly string[] = PREFERRED_KEYS): string {
  return `${JSON.stringify(orderKeys(value, rankOf(keyOrder)), null, 2)}\n`;
}

const PREFERRED_KEYS = [
  'formatVersion', 'id', 'name', 'documentId', 'annotator', 'status', 'textHash', 'label', 'type',
  'fragments', 'start', 'end', 'from', 'to', 'holder', 'target', 'polarity', 'evidence', 'kind',
];

function rankOf(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((key, i) => [key, i]));
}

function orderKeys(value: unknown, rank: Map<string, number>): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, rank));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => compareKeys(a, b, rank));
  return Object.fromEntries(entries.map(([k, v]) => [k, orderKeys(v, rank)]));
}

function compareKeys(a: string, b: string, rank: Map<string, number>): number {
  const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}
