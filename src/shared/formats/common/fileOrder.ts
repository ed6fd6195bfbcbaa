import type { FormatDocument } from './formatDocument';
import { keptConllOf } from './keptConll';

/**
 * The documents with those read from one CoNLL file (see `KeptConll.order`) back in the
 * file's order, in the places the file's documents hold among the others (which keep theirs):
 * a project lists documents by name, and `# newdoc id = b` before `a` must be exported so.
 * @example inFileOrder([a1, b0]) → [b0, a1] // both of one file, b first in it
 */
export function inFileOrder(documents: readonly FormatDocument[]): FormatDocument[] {
  const groups = new Map<string, { places: number[]; docs: [number, FormatDocument][] }>();
  for (const [place, doc] of documents.entries()) {
    const order = keptConllOf(doc.metadata)?.order;
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
