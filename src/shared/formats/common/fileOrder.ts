import { isRecord } from '../../collections';
import type { FormatDocument } from './formatDocument';
import { keptConllOf } from './keptConll';
import { KEPT_PRODIGY } from './keptKeys';

/**
 * The documents with those read from one file back in the file's order, in the places the
 * file's documents hold among the others (which keep theirs): a project lists documents by
 * name, so `# newdoc id = b` before `a` (see `KeptConll.order`) and a Prodigy file's records
 * Loupe named by their line (`food-2` before `food-10`, see {@link prodigyPlace}) must be
 * put back so.
 * @example inFileOrder([a1, b0]) → [b0, a1] // both of one file, b first in it
 */
export function inFileOrder(documents: readonly FormatDocument[]): FormatDocument[] {
  const groups = new Map<string, { places: number[]; docs: [number, FormatDocument][] }>();
  for (const [place, doc] of documents.entries()) {
    const order = keptConllOf(doc.metadata)?.order ?? prodigyPlace(doc);
    if (!order) continue;
    let group = groups.get(order.file);
    if (!group) groups.set(order.file, (group = { places: [], docs: [] }));
    group.places.push(place);
    group.docs.push([order.index, doc]);
  }
  const out = [...documents];
  for (const { places, docs } of groups.values()) {
    docs.sort((a, b) => a[0] - b[0]);
    for (const [k, place] of places.entries()) {
      const doc = docs[k]?.[1];
      if (doc) out[place] = doc;
    }
  }
  return out;
}

/**
 * The file and line of a Prodigy record Loupe named by them (`food-12`: line 12 of
 * food.jsonl), while the document keeps that name; null for another document.
 */
function prodigyPlace(doc: FormatDocument): { file: string; index: number } | null {
  const kept = doc.metadata?.[KEPT_PRODIGY];
  const layout = isRecord(kept) ? kept.layout : undefined;
  const given = isRecord(layout) ? layout.givenName : undefined;
  if (given !== doc.name) return null;
  const place = /^(.*)-(\d+)$/u.exec(doc.name);
  return place?.[1] === undefined ? null : { file: `prodigy:${place[1]}`, index: Number(place[2]) };
}
