import type { FormatDocument } from '../common';
import { biocJsonText } from './biocJsonText';
import type { BiocElement, BiocNode } from './biocTree';
import type { BiocJsonLayout, KeptBioc } from './keptBioc';
import { element, writeBiocDocument, type WrittenBioc } from './writeBiocDocument';

/** A document to write and what it kept from its BioC file, in file order. */
export interface PlacedBioc {
  readonly doc: FormatDocument;
  readonly kept: KeptBioc | null;
}

/**
 * A BioC JSON file's text from its documents (in file order) laid out as `json` says: each
 * collection of a list, or each line, holding the documents it held, with its own keys.
 * @example biocJsonFile(placed, { shape: 'collections', indent: 2, ascii: true, spaced: true }, '', '').written.length === placed.length
 */
export function biocJsonFile(
  placed: readonly PlacedBioc[],
  json: BiocJsonLayout,
  prolog: string,
  epilog: string,
): { content: string; written: WrittenBioc[] } {
  const groups = new Map<
    string,
    { head: KeptBioc | null; docs: BiocElement[]; tail: readonly BiocNode[] }
  >();
  const written: WrittenBioc[] = [];
  for (const [n, { doc, kept }] of placed.entries()) {
    const done = writeBiocDocument(doc, kept);
    written.push(done);
    const part = kept?.json?.part;
    const key = part === undefined ? (json.shape === 'lines' ? `d${n}` : '0') : `p${part}`;
    const group = groups.get(key) ?? { head: kept, docs: [], tail: [] };
    group.docs.push(done.element);
    // A collection's keys after "documents" ("key" in NCBI's BioC-JSON files) follow its last document.
    if (kept && kept.after.length > 0) group.tail = kept.after;
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ head, docs, tail }) => {
    const root = element('collection', [], [...(head?.collection ?? []), ...docs, ...tail]);
    const keys = head?.json?.root;
    return keys === undefined ? root : { ...root, json: keys };
  });
  return { content: prolog + biocJsonText(parts, json, epilog), written };
}
