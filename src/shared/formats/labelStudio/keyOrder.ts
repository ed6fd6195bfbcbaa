import { isRecord, setOwn } from '../../collections';
import { resultKey } from './keptAnnotation';

/**
 * `value` with the keys of each object in the order of the object it stands for in `like` (a
 * task as its file had it): the keys `like` had first, in its order, then the others in
 * theirs. In a list, an item stands for the item of `like`'s list with its result key (id,
 * control, type, ends), else its id, else the one in its place when of its type, else the
 * first of its type, so a result added since takes its key order from a result of its kind.
 * @example inKeyOrderOf({ id: 1, data: { text: 'a' } }, { data: {}, id: 1 }) → { data: { text: 'a' }, id: 1 }
 */
export function inKeyOrderOf(value: unknown, like: unknown): unknown {
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    const likes: readonly unknown[] = Array.isArray(like) ? like : [];
    return items.map((item, i) => inKeyOrderOf(item, counterpart(item, i, likes)));
  }
  if (!isRecord(value)) return value;
  const template = isRecord(like) ? like : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(template))
    if (Object.hasOwn(value, key)) setOwn(out, key, inKeyOrderOf(value[key], template[key]));
  for (const [key, item] of Object.entries(value))
    if (!Object.hasOwn(template, key)) setOwn(out, key, inKeyOrderOf(item, undefined));
  return out;
}

/** The item of `likes` that `item` (at `i` in its list) stands for, if any. */
function counterpart(item: unknown, i: number, likes: readonly unknown[]): unknown {
  if (!isRecord(item)) return likes[i];
  const key = resultKey(item);
  const records = likes.filter(isRecord);
  const same =
    (key.trim() === '' ? undefined : records.find((like) => resultKey(like) === key)) ??
    (item.id === undefined ? undefined : records.find((like) => like.id === item.id));
  if (same) return same;
  const placed = likes[i];
  if (isRecord(placed) && placed.type === item.type) return placed;
  const kind = item.type === undefined ? undefined : records.find((r) => r.type === item.type);
  return kind ?? (isRecord(placed) ? placed : records[0]);
}
