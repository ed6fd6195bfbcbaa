import { isRecord } from '../../collections';
import { isMinRegions } from '../common';

/**
 * The labels regions of a JSON-MIN record by their ends (`start:end`), each with the id
 * `fromJsonMin` gives its result (`label-1`, …); two regions of the same ends under one key.
 * @example regionIds({ label: [{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }] }) → Map { '0:3' => ['label-1'] }
 */
export function regionIds(record: Readonly<Record<string, unknown>>): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const [key, value] of Object.entries(record)) {
    if (!isMinRegions(value)) continue;
    value.forEach((region, i) => {
      const ends = `${String(region.start)}:${String(region.end)}`;
      ids.set(ends, [...(ids.get(ends) ?? []), `${key}-${i + 1}`]);
    });
  }
  return ids;
}

/**
 * A JSON-MIN field as per-region textarea values by the id of the region each belongs to, when
 * it is one: Label Studio's converter writes a per-region textarea's values (`{start, end,
 * text: [lines]}`, the ends its region's) as they are where a note is not one line, or all of
 * them before 1.2 (label-studio-converter issue #49); one line alone it writes as the bare
 * string, which names no region. Null unless every value ties to one region of the record
 * by its ends, no two to the same one: the field is then kept as it was.
 * @example regionNotes([{ start: 0, end: 3, text: ['a', 'b'] }], regionIds(record)) → [['label-1', { start: 0, end: 3, text: ['a', 'b'] }]]
 */
export function regionNotes(
  value: unknown,
  regions: ReadonlyMap<string, readonly string[]>,
): [string, Record<string, unknown>][] | null {
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 0) return null;
  const out: [string, Record<string, unknown>][] = [];
  const taken = new Set<string>();
  for (const item of list) {
    if (!isNoteValue(item)) return null;
    const ids = regions.get(`${String(item.start)}:${String(item.end)}`) ?? [];
    const [id] = ids;
    if (ids.length !== 1 || id === undefined || taken.has(id)) return null;
    taken.add(id);
    out.push([id, item]);
  }
  return out;
}

/** `{start, end, text: [lines]}` (the offsets numbers, nothing else): a text region's textarea value. */
function isNoteValue(item: unknown): item is Record<string, unknown> {
  return (
    isRecord(item) &&
    Object.keys(item).length === 3 &&
    typeof item.start === 'number' &&
    typeof item.end === 'number' &&
    Array.isArray(item.text) &&
    item.text.every((line) => typeof line === 'string')
  );
}
