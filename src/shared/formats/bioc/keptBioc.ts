import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { KEPT_BIOC } from '../common/keptKeys';
import { BIOC_UNITS, type BiocUnit } from './biocUnits';
import type { BiocElement, BiocNode } from './biocTree';

export { KEPT_BIOC };

/**
 * What a document read from a BioC file keeps so a BioC export writes it back as it was: the
 * file's name and the document's place in it, what came before and after the collection, the
 * collection's own children before its first document (source, date, key, infons), what
 * followed the document inside the collection, the document element itself (annotations and
 * relations Loupe read marked with what it read; everything else as written) and the unit
 * its offsets counted.
 * @example { file: 'corpus.xml', index: 0, prolog: '<?xml version="1.0"?>', epilog: '\n', collection: [...], after: ['\n'], document: {...}, unit: 'codepoint' }
 */
export interface KeptBioc {
  readonly file: string;
  readonly index: number;
  readonly prolog: string;
  readonly epilog: string;
  readonly collection: readonly BiocNode[];
  readonly after: readonly BiocNode[];
  readonly document: BiocElement;
  readonly unit: BiocUnit;
  /** For a document read from BioC JSON: how the file laid its JSON out. */
  readonly json?: BiocJsonLayout;
  /** Whether every line of its file ended in CRLF (an XML or JSON reader sees LF). */
  readonly crlf?: boolean;
}

/**
 * How a BioC JSON file was written: a collection (the `bioc` package's, or PubTator 3's
 * `{"PubTator3": […]}`), a list of collections (the PMC BioC API's answer), one document, or
 * JSON Lines of documents or collections; its indent (0: on one line), whether it escaped
 * every non-ASCII character, and whether it put a space after `:` and `,` on one line (as
 * Python's json does).
 */
export interface BiocJsonLayout {
  readonly shape: 'collection' | 'collections' | 'document' | 'lines';
  readonly indent: number;
  readonly ascii: boolean;
  readonly spaced: boolean;
  /** Indented with a space after each `,` before its line break (Python 2's json with an indent). */
  readonly commaSpace?: true;
  /** A collection's keys in order (see BiocElement's `json`); on a line, the line is that collection. */
  readonly root?: string;
  /** Which collection of the list, or which line, holds the document (from 0). */
  readonly part?: number;
}

const SHAPES = ['collection', 'collections', 'document', 'lines'] as const;

/** The BioC layout a document's metadata keeps, or null when it keeps none (or not in this shape). */
export function keptBiocOf(metadata: DocumentMetadata | undefined): KeptBioc | null {
  const value = metadata?.[KEPT_BIOC];
  if (!isRecord(value)) return null;
  const { file, index, prolog, epilog, collection, after, document, unit, json, crlf } = value;
  if (typeof file !== 'string' || typeof index !== 'number') return null;
  if (typeof prolog !== 'string' || typeof epilog !== 'string') return null;
  if (!isNodes(collection, 0) || !isNodes(after, 0) || !isElement(document, 0)) return null;
  const known = BIOC_UNITS.find((u) => u === unit);
  if (known === undefined) return null;
  const layout = json === undefined ? undefined : jsonLayoutOf(json);
  if (layout === null || (crlf !== undefined && crlf !== true)) return null;
  return {
    file,
    index,
    prolog,
    epilog,
    collection,
    after,
    document,
    unit: known,
    ...(layout ? { json: layout } : {}),
    ...(crlf ? { crlf } : {}),
  };
}

function jsonLayoutOf(value: unknown): BiocJsonLayout | null {
  if (!isRecord(value)) return null;
  const { shape, indent, ascii, spaced, commaSpace, root, part } = value;
  const known = SHAPES.find((s) => s === shape);
  if (known === undefined || typeof indent !== 'number') return null;
  if (typeof ascii !== 'boolean' || typeof spaced !== 'boolean') return null;
  if (root !== undefined && typeof root !== 'string') return null;
  if (commaSpace !== undefined && commaSpace !== true) return null;
  if (part !== undefined && !Number.isSafeInteger(part)) return null;
  return {
    shape: known,
    indent,
    ascii,
    spaced,
    ...(commaSpace ? { commaSpace } : {}),
    ...(root === undefined ? {} : { root }),
    ...(typeof part === 'number' ? { part } : {}),
  };
}

/** Deeper than this is not a tree a BioC reader kept. */
const MAX_DEPTH = 64;

function isNodes(value: unknown, depth: number): value is BiocNode[] {
  return (
    Array.isArray(value) &&
    value.every((node) => typeof node === 'string' || isElement(node, depth + 1))
  );
}

function isElement(value: unknown, depth: number): value is BiocElement {
  if (depth > MAX_DEPTH || !isRecord(value) || typeof value.name !== 'string') return false;
  const { attributes, children, span, relation, signature, textAt, json, source } = value;
  const pairs =
    Array.isArray(attributes) &&
    attributes.every(
      (a) =>
        Array.isArray(a) && a.length === 2 && typeof a[0] === 'string' && typeof a[1] === 'string',
    );
  return (
    pairs &&
    isNodes(children, depth) &&
    (span === undefined || typeof span === 'string') &&
    (relation === undefined || typeof relation === 'string') &&
    (signature === undefined || typeof signature === 'string') &&
    (textAt === undefined || typeof textAt === 'string') &&
    (json === undefined || typeof json === 'string') &&
    (source === undefined || typeof source === 'string')
  );
}
