import { documentPath } from '../../shared/model';
import { FormatError, jsonDepth, MAX_JSON_DEPTH, type FormatBundle } from '../../shared/formats';

/** Levels a document itself adds around the fields it keeps (spans, their attributes, …). */
const DOCUMENT_LEVELS = 8;

/**
 * The errors of documents holding a value nested deeper than Loupe stores (a kept field of a
 * damaged file, 100 000 arrays deep): saving it would overflow the stack mid-import.
 * @example tooDeep(bundleOf([{ name: 'a', metadata: { x: [[[…]]] } }])) → [FormatError('a', undefined, 'holds a value nested …')]
 */
export function tooDeep(bundle: FormatBundle): FormatError[] {
  const limit = MAX_JSON_DEPTH + DOCUMENT_LEVELS;
  return bundle.documents
    .filter((document) => jsonDepth(document, limit) > limit)
    .map(
      (document) =>
        new FormatError(
          documentPath(document),
          undefined,
          `holds a value nested over ${MAX_JSON_DEPTH} arrays or objects deep, which Loupe cannot store; the file is damaged, or remove that field`,
        ),
    );
}
