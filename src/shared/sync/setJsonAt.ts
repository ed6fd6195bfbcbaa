import type { Json } from './mergeJson';

/**
 * `root` with the value at `path` replaced; list items are found by their id (or name), as
 * {@link mergeJson} names them in conflict paths.
 * @example setJsonAt({ spans: [{ id: 's1', label: 'PER' }] }, ['spans', 's1', 'label'], 'ORG')
 */
export function setJsonAt(root: Json, path: readonly (string | number)[], value: Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(root)) {
    const list = root as readonly Json[];
    return list.map((item) => {
      const record = item as Record<string, Json>;
      const matches = String(record?.id ?? record?.name) === String(head);
      return matches ? setJsonAt(item, rest, value) : item;
    });
  }
  const record = (root ?? {}) as Record<string, Json>;
  const current = Object.hasOwn(record, head) ? record[head] : undefined;
  return { ...record, [head]: setJsonAt(current ?? null, rest, value) };
}
