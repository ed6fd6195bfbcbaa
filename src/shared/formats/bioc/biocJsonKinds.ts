/** The objects BioC JSON nests, named as their BioC XML elements. */
export type BiocKind =
  | 'collection'
  | 'document'
  | 'passage'
  | 'sentence'
  | 'annotation'
  | 'relation'
  | 'location'
  | 'node';

/**
 * By kind, its keys holding lists of objects and their kind (PubTator 3 names its documents
 * `PubTator3`).
 */
export const ARRAY_KINDS: Readonly<Record<BiocKind, Readonly<Record<string, BiocKind>>>> = {
  collection: { documents: 'document', PubTator3: 'document' },
  document: { passages: 'passage', annotations: 'annotation', relations: 'relation' },
  passage: { sentences: 'sentence', annotations: 'annotation', relations: 'relation' },
  sentence: { annotations: 'annotation', relations: 'relation' },
  annotation: { locations: 'location' },
  relation: { nodes: 'node' },
  location: {},
  node: {},
};

/** By kind, its keys BioC XML writes as attributes (`<annotation id>`, `<location offset length>`). */
export const ATTRIBUTE_KEYS: Readonly<Record<BiocKind, readonly string[]>> = {
  collection: [],
  document: [],
  passage: [],
  sentence: [],
  annotation: ['id'],
  relation: ['id'],
  location: ['offset', 'length'],
  node: ['refid', 'role'],
};

/** By kind, its keys BioC XML writes as child elements of text (`<offset>`, `<text>`). */
export const CHILD_KEYS: Readonly<Record<BiocKind, readonly string[]>> = {
  collection: ['source', 'date', 'key'],
  document: ['id'],
  passage: ['offset', 'text'],
  sentence: ['offset', 'text'],
  annotation: ['text'],
  relation: [],
  location: [],
  node: [],
};

/**
 * The keys the `bioc` package's encoder writes, in its order: an object Loupe made is written
 * so (`#`: a number).
 */
export const ENCODER_KEYS: Readonly<Record<BiocKind, readonly string[]>> = {
  collection: ['source', 'date', 'key', 'infons', 'documents'],
  document: ['id', 'infons', 'passages', 'annotations', 'relations'],
  passage: ['#offset', 'infons', 'text', 'sentences', 'annotations', 'relations'],
  sentence: ['#offset', 'infons', 'text', 'annotations', 'relations'],
  annotation: ['id', 'infons', 'text', 'locations'],
  relation: ['id', 'infons', 'nodes'],
  location: ['#offset', '#length'],
  node: ['refid', 'role'],
};

/** Marks a key whose value was a number. */
export const NUMBER_MARK = '#';

/** The kind of the objects listed under `key` in an object of `kind`, if it lists any there. */
export function arrayKind(kind: BiocKind, key: string): BiocKind | undefined {
  const lists = ARRAY_KINDS[kind];
  return Object.hasOwn(lists, key) ? lists[key] : undefined;
}
