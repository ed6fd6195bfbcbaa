import {
  baseName,
  MAX_ZIP_INFLATED,
  readZip,
  readZipDirectory,
  zipDirectoryProblem,
} from '../common';
import type {
  ErrorCollector,
  FormatFile,
  ZipContent,
  ZipDirectoryEntry,
  ZipEntry,
} from '../common';
import { decodedEntry } from './decodedEntry';
import { layerOfUser } from './inceptionOwner';
import { leftOutSummary, noXmi } from './leftOutEntries';
import {
  typeSystemsByFolder,
  type KnownTypeSystems,
  type ZippedTypeSystem,
} from './zippedTypeSystems';
import {
  dirOf,
  initialCasOf,
  INITIAL_CAS,
  isProjectTsv,
  isTypeSystem,
  isXmi,
  isZipName,
  projectFolder,
} from './zipNames';

/**
 * One `.xmi` found in a zip archive, or a `.tsv` of a project exported with WebAnno TSV 3: the
 * file (its path inside the archive after the archive's), the document and annotator it is of,
 * and the type system beside it.
 */
export interface ZippedXmi {
  readonly file: FormatFile;
  readonly name: string;
  readonly annotator?: string;
  /** A WebAnno TSV 3 file (`annotation/<document>/<user>.tsv`), not an `.xmi`. */
  readonly tsv?: boolean;
  /** `TypeSystem.xml` beside the `.xmi`, as written, and the label feature of each type it declares. */
  readonly typeSystem?: ZippedTypeSystem;
}

/** What the archives of one export share while they are read: the budget of bytes, the type systems read. */
interface Reading {
  readonly budget: { left: number };
  readonly known: KnownTypeSystems;
  readonly errors: ErrorCollector;
  /** INCEpTION's initial CASes left unread, by kind. */
  readonly initial: { xmi: number; tsv: number };
  /** Entries left out, by their place in the export. */
  readonly unread: string[];
}

/**
 * The `.xmi` files of a zip archive as INCEpTION exports them: a document export
 * (`<document>.zip` holding `<user>.xmi` and `TypeSystem.xml`) or a project export whose
 * annotations were exported as UIMA CAS XMI (`annotation/<document>/<user>.zip`, each such an
 * archive; older ones `annotation/<document>/webanno…export.zip`, or unzipped `.xmi` files)
 * or as WebAnno TSV 3 (`annotation/<document>/<user>.tsv`, marked `tsv`; both may mix),
 * each the document of its folder or archive and the layer of its user (`curation/<document>/CURATION_USER.zip`
 * or `.tsv`, the curated document, the gold layer). Other `.xmi` files are
 * documents of their own names. INCEpTION's initial CAS (never inflated) and every other
 * entry are left out, said in `warnings`. Archives nest one level deep at most: a document's
 * archive that lists another is refused. What is read may inflate to `limit` bytes in all,
 * checked from each directory before its entries are inflated; a type system repeated from
 * one archive to the next counts once.
 * @example inceptionZipFiles({ path: 'report.zip', content: '', binary }, errors, warnings)[0]?.annotator === 'admin'
 */
export function inceptionZipFiles(
  file: FormatFile,
  errors: ErrorCollector,
  warnings: string[],
  limit = MAX_ZIP_INFLATED,
): ZippedXmi[] {
  const before = errors.count;
  const reading: Reading = {
    budget: { left: limit },
    known: new Map(),
    errors,
    initial: { xmi: 0, tsv: 0 },
    unread: [],
  };
  const outer = readZip(file.binary ?? new Uint8Array(), (n) => wanted(n, false), reading.budget);
  if ('reason' in outer) {
    errors.add(file.path, undefined, outer.reason);
    return [];
  }
  // A document export: one `.xmi` with `TypeSystem.xml` beside it, named by the archive.
  const single =
    outer.entries.filter((e) => isXmi(e.name)).length === 1 &&
    outer.entries.some((e) => isTypeSystem(e.name) && !e.name.includes('/'));
  const at = `${file.path}/`;
  const found = readAll(outer.entries, at, reading, (name) =>
    projectFolder(name) !== ''
      ? projectFolder(name)
      : single && !name.includes('/')
        ? file.path
        : null,
  );
  leftOut(outer.entries, '', false, reading);
  for (const entry of outer.entries) {
    if (!entry.bytes || !isZipName(entry.name)) continue;
    const inner = innerArchive(entry.bytes, reading.budget);
    if ('reason' in inner) errors.add(`${at}${entry.name}`, undefined, inner.reason);
    else {
      const document = projectFolder(entry.name) || entry.name;
      found.push(...readAll(inner.entries, `${at}${entry.name}/`, reading, () => document));
      leftOut(inner.entries, `${entry.name}/`, true, reading);
    }
  }
  const { initial } = reading;
  if (found.length === 0 && initial.xmi + initial.tsv === 0 && errors.count === before) {
    errors.add(file.path, undefined, noXmi(outer.entries.map((e) => e.name)));
    return [];
  }
  const summary = leftOutSummary(reading.unread);
  if (summary) warnings.push(`${file.path}: not read: ${summary}`);
  for (const z of found) if (z.annotator === INITIAL_CAS) initial[z.tsv ? 'tsv' : 'xmi']++;
  const counts = [`${initial.xmi} INITIAL_CAS.xmi`, `${initial.tsv} INITIAL_CAS.tsv`].filter(
    (c) => !c.startsWith('0 '),
  );
  if (counts.length > 0)
    warnings.push(
      `${file.path}: not read: ${counts.join(', ')} (each document as imported into INCEpTION, before anyone annotated)`,
    );
  return found.filter((z) => z.annotator !== INITIAL_CAS);
}

/**
 * A document's archive inside an export, read (within the export's budget) unless its
 * directory lists another archive: INCEpTION nests archives one level deep, never more.
 */
function innerArchive(bytes: Uint8Array, budget: { left: number }): ZipContent {
  const listed = readZipDirectory(bytes);
  if ('reason' in listed) return listed;
  const nested = listed.entries.find((e) => isZipName(e.name));
  if (nested)
    return {
      reason: `holds another archive (${nested.name}), which INCEpTION never writes inside a document's archive: Loupe reads archives one level deep; unzip it and import the files it holds`,
    };
  return readZip(bytes, (n) => wanted(n, true), budget);
}

/** Counts the entries not read (their place in the export after `prefix`): initial CASes by kind, others by name. */
function leftOut(
  entries: readonly ZipEntry[],
  prefix: string,
  inner: boolean,
  { initial, unread }: Reading,
): void {
  for (const { name, bytes } of entries) {
    if (bytes) continue;
    const kind = initialCasOf(name, inner);
    if (kind) initial[kind]++;
    else unread.push(`${prefix}${name}`);
  }
}

/**
 * The `.xmi` files among entries, each with the `TypeSystem.xml` of its folder: of the
 * document `documentOf` names (a folder or archive: the file is then `<user>.xmi`), else a
 * document of its own name. A type system repeated from another archive is given back to the budget.
 */
function readAll(
  entries: readonly ZipEntry[],
  at: string,
  { budget, known, errors }: Reading,
  documentOf: (name: string) => string | null,
): ZippedXmi[] {
  const found: ZippedXmi[] = [];
  const typeSystemIn = typeSystemsByFolder(entries, at, errors, known, (bytes) => {
    budget.left += bytes;
  });
  for (const entry of entries) {
    if (!entry.bytes || !isXmi(entry.name)) {
      const tsv = entry.bytes && isProjectTsv(entry.name) ? zippedTsv(entry, at, errors) : null;
      if (tsv) found.push(tsv);
      continue;
    }
    const xmi = decodedEntry(`${at}${entry.name}`, entry.bytes, errors, 'XMI');
    if (!xmi) continue;
    const typeSystem = typeSystemIn(dirOf(entry.name));
    const own = baseName(entry.name);
    const document = documentOf(entry.name);
    const name = document === null ? own : baseName(document) || document;
    const annotator = document === null ? {} : { annotator: layerOfUser(own) };
    found.push({ file: xmi, name, ...annotator, ...(typeSystem ? { typeSystem } : {}) });
  }
  return found;
}

/** A project export's `annotation/<document>/<user>.tsv` (AnnotationDocumentExporter) or `curation/<document>/CURATION_USER.tsv` (CuratedDocumentsExporter), as the layer of its user. */
function zippedTsv(entry: ZipEntry, at: string, errors: ErrorCollector): ZippedXmi | null {
  const file = entry.bytes
    ? decodedEntry(`${at}${entry.name}`, entry.bytes, errors, 'WebAnno TSV')
    : null;
  const document = projectFolder(entry.name);
  if (!file) return null;
  return {
    file,
    name: baseName(document) || document,
    annotator: layerOfUser(baseName(entry.name)),
    tsv: true,
  };
}

/**
 * Whether a zip archive found in a folder is one of INCEpTION's exports (it lists a `.xmi`, a
 * `TypeSystem.xml`, or a project export's `annotation/` folder), by its central directory:
 * only such an archive is read from a folder, another is left alone unread.
 * @example isInceptionListing([{ name: 'admin.xmi' }, { name: 'TypeSystem.xml' }]) === true
 */
export function isInceptionListing(entries: readonly { readonly name: string }[]): boolean {
  return entries.some(
    ({ name }) =>
      isXmi(name) ||
      isTypeSystem(name) ||
      name.startsWith('annotation/') ||
      name.startsWith('curation/'),
  );
}

/**
 * {@link isInceptionListing} of an archive's bytes; a damaged archive is read, to say why.
 * @example isInceptionZip(zipSync({ 'admin.xmi': xmi, 'TypeSystem.xml': ts })) === true
 */
export function isInceptionZip(bytes: Uint8Array): boolean {
  const listed = readZipDirectory(bytes);
  return 'reason' in listed || isInceptionListing(listed.entries);
}

/**
 * Why Loupe would refuse an INCEpTION export from its central directory alone, before reading
 * the rest of the file: what it would read there declares more than Loupe reads from one
 * archive (nested archives counted at their own size), is encrypted or crafted. Null to read it.
 * @example inceptionZipProblem(directory.entries) → 'inflates to more than 256 MiB, …: the entries it would read declare 400 MiB (…)'
 */
export function inceptionZipProblem(entries: readonly ZipDirectoryEntry[]): string | null {
  return zipDirectoryProblem(entries, (n) => wanted(n, false), { left: MAX_ZIP_INFLATED });
}

/**
 * Entries read: `.xmi`, `TypeSystem.xml` and, in the export itself (not `inner`), document
 * archives and a project's `.tsv` files; never INCEpTION's initial CAS of a document.
 */
function wanted(name: string, inner: boolean): boolean {
  if (initialCasOf(name, inner) !== null) return false;
  return isXmi(name) || isTypeSystem(name) || (!inner && (isZipName(name) || isProjectTsv(name)));
}
