import type { FormatDocument } from './formatDocument';

/**
 * In an export of several annotators' layers, for each document that holds annotations but no
 * record a file gave (`filed` says which do: a layer made in Loupe), the document of another
 * annotator's layer, of its name and text, holding one (the first in order): the record the
 * document joins (doccano writes a record of several users once) or takes its task from
 * (Prodigy writes a record per annotator of one task). Empty for one annotator's documents.
 * @example recordHolders([aliceDoc, carolDoc], (d) => d === aliceDoc).get(carolDoc) === aliceDoc
 */
export function recordHolders(
  documents: readonly FormatDocument[],
  filed: (doc: FormatDocument) => boolean,
): Map<FormatDocument, FormatDocument> {
  const holders = new Map<FormatDocument, FormatDocument>();
  if (new Set(documents.map((d) => d.annotator)).size < 2) return holders;
  const first = new Map<string, FormatDocument>();
  for (const doc of documents)
    if (filed(doc) && !first.has(documentKey(doc))) first.set(documentKey(doc), doc);
  for (const doc of documents) {
    const holder = first.get(documentKey(doc));
    if (holder && holder.annotator !== doc.annotator && !filed(doc) && holdsAnnotations(doc))
      holders.set(doc, holder);
  }
  return holders;
}

function holdsAnnotations(doc: FormatDocument): boolean {
  return (
    doc.spans.length > 0 || doc.relations.length > 0 || Object.keys(doc.documentLabels).length > 0
  );
}

function documentKey(doc: FormatDocument): string {
  return JSON.stringify([doc.name, doc.text]);
}
