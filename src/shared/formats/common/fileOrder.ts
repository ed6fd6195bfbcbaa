import type { FormatDocument } from './formatDocument';
import { keptConllOf } from './keptConll';

/** A document's place in the file it was read from: a key of the file, and its index there. */
export interface FilePlace {
  readonly file: string;
  readonly index: number;
}

/**
 * The documents with those read from one file back in the file's order, in the places the
 * file's documents hold among the others (which keep theirs): a project lists documents by
 * name, and `# newdoc id = b` before `a` must be exported so; several layers of one document
 * come together, and a Prodigy export gave their records in the order they were answered.
 * `placeOf` says where a document was read from (by default, a CoNLL file's `KeptConll.order`).
 * @example inFileOrder([a1, b0]) → [b0, a1] // both of one file, b first in it
 */
export function inFileOrder(
  documents: readonly FormatDocument[],
  placeOf: (doc: FormatDocument) => FilePlace | undefined = conllPlace,
): FormatDocument[] {
  const groups = new Map<string, { places: number[]; docs: [number, FormatDocument][] }>();
  for (const [place, doc] of documents.entries()) {
    const order = placeOf(doc);
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

function conllPlace(doc: FormatDocument): FilePlace | undefined {
  return keptConllOf(doc.metadata)?.order;
}
