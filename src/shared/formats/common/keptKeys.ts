/**
 * The metadata keys under which a layer keeps what only one format reads back, in a module of
 * their own: what shows kept data in the app reads them without the formats' schemas.
 */

/** What only Label Studio reads back (see `KeptAnnotation`). */
export const KEPT_LABEL_STUDIO = '$labelstudio';

/** What only brat reads back (fragment orders, notes of other types than AnnotatorNotes). */
export const KEPT_BRAT = '$brat';

/** What only spans JSONL (Prodigy) reads back: a record's own fields. */
export const KEPT_PRODIGY = '$prodigy';

/** What only WebAnno TSV reads back: the header, sentence ids and the cells Loupe does not model. */
export const KEPT_WEBANNO = '$webanno';

/** What only Hugging Face reads back: each record's other fields (`id`, `pos_tags`, …) and token count. */
export const KEPT_HF = '$huggingface';
/** What only PubTator reads back: the PMID, layout, concept columns and relation lines as written. */
export const KEPT_PUBTATOR = '$pubtator';
/** What only stance TSV reads back: a stance table row's target as written, header and other cells. */
export const KEPT_STANCE_TSV = '$stanceTsv';
/** What only spaCy's JSON training format reads back: the paragraph as written (tokens' tag, head, dep, lemma, `-` tags, brackets, cats) and its document's fields. */
export const KEPT_SPACY_JSON = '$spacyjson';
/** What only UIMA CAS XMI reads back: the file's namespaces and every feature structure as written. */
export const KEPT_XMI = '$xmi';
/** What only spaCy's DocBin (`.spacy`) reads back: a document's tokens and the attributes Loupe does not model (tag, lemma, head, dep, …), cats, flags, user data. */
export const KEPT_SPACY_DOCBIN = '$spacydocbin';
/** What only doccano reads back: the shape a record had (`entities` with ids, a fastText line, a CSV row). */
export const KEPT_DOCCANO = '$doccano';
/** What only BioC reads back: the collection around a document and the document's elements as written. */
export const KEPT_BIOC = '$bioc';

/** What a brat import keeps of its file's layout alone (line order, ids, spacing): nothing another format could write. */
const BRAT_LAYOUT = new Set(['lineOrder', 'spacedLines']);

/**
 * The keys of a document's metadata that hold something: a brat entry keeping only its file's
 * layout (see `lineOrder`) is left out, as no other format could write it.
 * @example heldMetadataKeys({ $brat: { lineOrder: ['T1'] }, $mae: {…} }) → ['$mae']
 */
export function heldMetadataKeys(
  metadata: Readonly<Record<string, unknown>> | undefined,
): string[] {
  return Object.entries(metadata ?? {})
    .filter(([key, value]) => {
      if (key !== KEPT_BRAT || typeof value !== 'object' || value === null) return true;
      return Object.keys(value).some((field) => !BRAT_LAYOUT.has(field));
    })
    .map(([key]) => key);
}
