import { isRecord } from '../../shared/collections';
import {
  getFormat,
  sourceKey,
  type FormatBundle,
  type FormatDocument,
  type FormatFile,
  type FormatId,
} from '../../shared/formats';
import { documentPath, isDocumentSource } from '../../shared/model';

/** Formats of a file per document: the document's name already says which file it is. */
const FILE_PER_DOCUMENT: readonly FormatId[] = ['txt', 'brat', 'mae', 'webanno', 'xmi'];

/**
 * The bundle with each document given the file it was read from (`FormatDocument.source`), below
 * what a user imported (`en/train.conll`): found by the file its format keeps for it (see
 * `Format.sourceFile`, or the file its kept record names, as doccano's and Label Studio's do, or
 * PubTator's and BioC's by its name and the document's folder: `Format.keptFileName`, or the
 * file the reader says it read it from: `FormatBundle.documentFiles`),
 * the file of a record Loupe named by its place, or the only file read.
 * Made from the file's path and folder alone, never from its contents; a path Loupe would not
 * keep (see `isDocumentSource`), or a file it cannot tell, gives none.
 * @example withSources(bundle, [{ path: 'train.conll', content, folder: 'en' }], 'conll').documents[0].source === 'en/train.conll'
 */
export function withSources(
  bundle: FormatBundle,
  files: readonly FormatFile[],
  format: FormatId,
): FormatBundle {
  if (FILE_PER_DOCUMENT.includes(format)) return bundle;
  const { sourceFile: fileOf, keptFileName } = getFormat(format);
  const byKey = new Map<string, FormatFile>();
  const byPath = new Map<string, FormatFile>();
  const byPlace = new Map<string, FormatFile>();
  for (const file of files) {
    byKey.set(JSON.stringify([fileName(file.path), sourceKey(file.path)]), file);
    byPath.set(file.path, file);
    byPlace.set(JSON.stringify([fileName(file.path), file.folder ?? null]), file);
  }
  const only = files.length === 1 ? files[0] : undefined;
  const { documentFiles, ...read } = bundle;
  const documents = read.documents.map((doc, index) => {
    const readFrom = documentFiles?.[index];
    const kept = fileOf?.(doc);
    const file =
      (kept ? byKey.get(JSON.stringify([kept.name, kept.source])) : undefined) ??
      keptFile(doc, byKey) ??
      (doc.namedByPlace === undefined ? undefined : byPath.get(doc.namedByPlace)) ??
      keptPlace(doc, keptFileName?.(doc), byPlace) ??
      (readFrom === undefined ? undefined : byPath.get(readFrom)) ??
      only;
    const source = file ? sourceOf(file) : undefined;
    return withSource(doc, source);
  });
  return { ...read, documents };
}

/**
 * The file of the batch a document's kept record names by its name and path key (doccano's and
 * Label Studio's `file`, kept to write the document back there), when one does.
 */
function keptFile(
  doc: FormatDocument,
  byKey: ReadonlyMap<string, FormatFile>,
): FormatFile | undefined {
  for (const kept of Object.values(doc.metadata ?? {})) {
    for (const value of isRecord(kept) ? [kept, kept.file] : []) {
      if (!isRecord(value) || typeof value.name !== 'string' || typeof value.source !== 'string')
        continue;
      const file = byKey.get(JSON.stringify([value.name, value.source]));
      if (file) return file;
    }
  }
  return undefined;
}

/**
 * The file of the batch of the name a document's kept layout gives (PubTator's, BioC's), in the
 * folder the document was read from (see `inFileFolder`).
 */
function keptPlace(
  doc: FormatDocument,
  name: string | undefined,
  byPlace: ReadonlyMap<string, FormatFile>,
): FormatFile | undefined {
  return name === undefined ? undefined : byPlace.get(JSON.stringify([name, doc.folder ?? null]));
}

/** A file's path below what a user imported: its name after its folder, when Loupe keeps it. */
function sourceOf(file: FormatFile): string | undefined {
  const name = fileName(file.path);
  const source = documentPath({
    name,
    ...(file.folder === undefined ? {} : { folder: file.folder }),
  });
  return name !== '' && isDocumentSource(source) ? source : undefined;
}

/** The document with its source; one its source cannot be told of keeps none a reader gave. */
function withSource(doc: FormatDocument, source: string | undefined): FormatDocument {
  return { ...doc, source };
}

/** A path's last name, extension kept. @example fileName('in/dev.spacy') === 'dev.spacy' */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}
