import { getOwn } from '../../collections';
import { baseName, MAX_ZIP_INFLATED, readZip } from '../common';
import type { ErrorCollector, FormatFile, ZipEntry } from '../common';
import { layerOfUser } from './inceptionOwner';
import { typeSystemLabels } from './typeSystemLabels';

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
  readonly typeSystem?: { readonly content: string; readonly labels: Record<string, string> };
}

/** INCEpTION's pseudo-user of a document as first imported, before anyone annotated. */
const INITIAL_CAS = 'INITIAL_CAS';

/** What the parts of an INCEpTION project export Loupe leaves out hold, by their folder or name. */
const LEFT_OUT: Readonly<Record<string, string>> = {
  'source/': 'the documents as uploaded',
  'annotation_ser/': "INCEpTION's own binary CAS files (.ser)",
  'curation_ser/': "INCEpTION's own binary CAS files (.ser)",
  'log/': 'logs',
  'annotation/':
    'annotations in a format Loupe does not read from a project export; export the project from INCEpTION again with "UIMA CAS XMI" or "WebAnno TSV 3" as its format',
  'curation/':
    'curated annotations in a format Loupe does not read from a project export; export the project from INCEpTION again with "UIMA CAS XMI" or "WebAnno TSV 3" as its format',
  '.json': 'the project settings',
};

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The `.xmi` files of a zip archive as INCEpTION exports them: a document export
 * (`<document>.zip` holding `<user>.xmi` and `TypeSystem.xml`) or a project export whose
 * annotations were exported as UIMA CAS XMI (`annotation/<document>/<user>.zip`, each such an
 * archive; older ones `annotation/<document>/webanno…export.zip`, or unzipped `.xmi` files)
 * or as WebAnno TSV 3 (`annotation/<document>/<user>.tsv`, marked `tsv`; both may mix),
 * each the document of its folder or archive and the layer of its user (`curation/<document>/CURATION_USER.zip`
 * or `.tsv`, the curated document, the gold layer). Other `.xmi` files are
 * documents of their own names. INCEpTION's initial CAS and every other entry are left out,
 * said in `warnings`; archives nest one level deep at most.
 * @example inceptionZipFiles({ path: 'report.zip', content: '', binary }, errors, warnings)[0]?.annotator === 'admin'
 */
export function inceptionZipFiles(
  file: FormatFile,
  errors: ErrorCollector,
  warnings: string[],
): ZippedXmi[] {
  const before = errors.count;
  const budget = { left: MAX_ZIP_INFLATED };
  const outer = readZip(file.binary ?? new Uint8Array(), (n) => wanted(n, true), budget);
  if ('reason' in outer) {
    errors.add(file.path, undefined, outer.reason);
    return [];
  }
  const found: ZippedXmi[] = [];
  const unread: string[] = [];
  const known: KnownTypeSystems = new Map();
  // A document export: one `.xmi` with `TypeSystem.xml` beside it, named by the archive.
  const single =
    outer.entries.filter((e) => isXmi(e.name)).length === 1 &&
    outer.entries.some((e) => isTypeSystem(e.name) && !e.name.includes('/'));
  const at = `${file.path}/`;
  found.push(
    ...readAll(outer.entries, at, errors, known, (name) =>
      projectFolder(name) !== ''
        ? projectFolder(name)
        : single && !name.includes('/')
          ? file.path
          : null,
    ),
  );
  for (const entry of outer.entries) {
    if (!entry.bytes || !entry.name.toLowerCase().endsWith('.zip')) {
      if (!entry.bytes) unread.push(entry.name);
      continue;
    }
    const inner = readZip(entry.bytes, (n) => wanted(n, false), budget);
    if ('reason' in inner) errors.add(`${at}${entry.name}`, undefined, inner.reason);
    else {
      const document = projectFolder(entry.name) || entry.name;
      found.push(...readAll(inner.entries, `${at}${entry.name}/`, errors, known, () => document));
      unread.push(...inner.entries.filter((e) => !e.bytes).map((e) => `${entry.name}/${e.name}`));
    }
  }
  if (found.length === 0 && errors.count === before) {
    errors.add(file.path, undefined, noXmi(outer.entries.map((e) => e.name)));
    return [];
  }
  const summary = leftOutSummary(unread);
  if (summary) warnings.push(`${file.path}: not read: ${summary}`);
  const initial = found.filter((z) => z.annotator === INITIAL_CAS);
  const tsvs = initial.filter((z) => z.tsv).length;
  const counts = [`${initial.length - tsvs} INITIAL_CAS.xmi`, `${tsvs} INITIAL_CAS.tsv`].filter(
    (c) => !c.startsWith('0 '),
  );
  if (counts.length > 0)
    warnings.push(
      `${file.path}: not read: ${counts.join(', ')} (each document as imported into INCEpTION, before anyone annotated)`,
    );
  return found.filter((z) => z.annotator !== INITIAL_CAS);
}

/**
 * The `.xmi` files among entries, each with the `TypeSystem.xml` of its folder: of the
 * document `documentOf` names (a folder or archive: the file is then `<user>.xmi`), else a
 * document of its own name.
 */
function readAll(
  entries: readonly ZipEntry[],
  at: string,
  errors: ErrorCollector,
  known: KnownTypeSystems,
  documentOf: (name: string) => string | null,
): ZippedXmi[] {
  const found: ZippedXmi[] = [];
  const typeSystemIn = typeSystemsByFolder(entries, at, errors, known);
  for (const entry of entries) {
    if (!entry.bytes || !isXmi(entry.name)) {
      const tsv = entry.bytes && isProjectTsv(entry.name) ? zippedTsv(entry, at, errors) : null;
      if (tsv) found.push(tsv);
      continue;
    }
    const xmi = decoded(`${at}${entry.name}`, entry.bytes, errors, 'XMI');
    if (!xmi) continue;
    const typeSystem = typeSystemIn(dirOf(entry.name));
    const own = baseName(entry.name);
    const document = documentOf(entry.name);
    const name = document === null ? own : baseName(document) || document;
    const annotator = document === null ? {} : { annotator: layerOfUser(own) };
    found.push({
      file: xmi,
      name,
      ...annotator,
      ...(typeSystem ? { typeSystem } : {}),
    });
  }
  return found;
}

/** Type systems already read in one archive, by their text: each export repeats the project's. */
type KnownTypeSystems = Map<string, Record<string, string>>;

/**
 * A finder of the `TypeSystem.xml` of a folder among entries (the first there), each read once
 * when first asked for, and its labels taken from `known` when the same text was read before.
 */
function typeSystemsByFolder(
  entries: readonly ZipEntry[],
  at: string,
  errors: ErrorCollector,
  known: KnownTypeSystems,
): (folder: string) => ZippedXmi['typeSystem'] | undefined {
  const byFolder = new Map<string, ZipEntry>();
  for (const e of entries)
    if (e.bytes && isTypeSystem(e.name) && !byFolder.has(dirOf(e.name)))
      byFolder.set(dirOf(e.name), e);
  const read = new Map<string, ZippedXmi['typeSystem'] | undefined>();
  return (folder) => {
    if (read.has(folder)) return read.get(folder);
    const entry = byFolder.get(folder);
    const file = entry?.bytes ? decoded(`${at}${entry.name}`, entry.bytes, errors, 'XMI') : null;
    const labels = file ? (known.get(file.content) ?? labelsOnce(file, errors, known)) : null;
    const typeSystem = file && labels ? { content: file.content, labels } : undefined;
    read.set(folder, typeSystem);
    return typeSystem;
  };
}

/** A type system's labels, remembered by its text when it reads without a problem. */
function labelsOnce(
  file: FormatFile,
  errors: ErrorCollector,
  known: KnownTypeSystems,
): Record<string, string> | null {
  const before = errors.count;
  const labels = typeSystemLabels(file, errors);
  if (labels && errors.count === before) known.set(file.content, labels);
  return labels;
}

/** A project export's `annotation/<document>/<user>.tsv` (AnnotationDocumentExporter) or `curation/<document>/CURATION_USER.tsv` (CuratedDocumentsExporter), as the layer of its user. */
function zippedTsv(entry: ZipEntry, at: string, errors: ErrorCollector): ZippedXmi | null {
  const file = entry.bytes
    ? decoded(`${at}${entry.name}`, entry.bytes, errors, 'WebAnno TSV')
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

/** Whether an entry is a `.tsv` right in a project export's document folder. */
function isProjectTsv(name: string): boolean {
  return name.toLowerCase().endsWith('.tsv') && /^(annotation|curation)\/[^/]+\/[^/]+$/.test(name);
}

/**
 * Whether a zip archive found in a folder is one of INCEpTION's exports (it lists a `.xmi`, a
 * `TypeSystem.xml`, or a project export's `annotation/` folder): only such an archive is read
 * from a folder, another is left alone. A damaged archive is read, to say why.
 * @example isInceptionZip(zipSync({ 'admin.xmi': xmi, 'TypeSystem.xml': ts })) === true
 */
export function isInceptionZip(bytes: Uint8Array): boolean {
  const listed = readZip(bytes, () => false);
  if ('reason' in listed) return true;
  return listed.entries.some(
    ({ name }) =>
      isXmi(name) ||
      isTypeSystem(name) ||
      name.startsWith('annotation/') ||
      name.startsWith('curation/'),
  );
}

function isXmi(name: string): boolean {
  return name.toLowerCase().endsWith('.xmi');
}

/** Entries read: `.xmi`, `TypeSystem.xml` and (not nested deeper) zip archives and a project's `.tsv` files. */
function wanted(name: string, outer: boolean): boolean {
  const lower = name.toLowerCase();
  return (
    lower.endsWith('.xmi') ||
    isTypeSystem(name) ||
    (outer && (lower.endsWith('.zip') || isProjectTsv(name)))
  );
}

/** Whether a file (an archive entry or a path) is a UIMA type system as INCEpTION and DKPro name it. */
export function isTypeSystem(name: string): boolean {
  return /(^|\/)typesystem\.xml$/i.test(name);
}

/** The folder part of a `/`-separated name, with its slash (`''` at the top). */
export function dirOf(name: string): string {
  return name.slice(0, name.lastIndexOf('/') + 1);
}

/** The document folder of an entry of a project export (`annotation/<document>/…`, `curation/<document>/…`), or ''. */
function projectFolder(name: string): string {
  const parts = name.split('/');
  const top = parts[0] === 'annotation' || parts[0] === 'curation';
  return top && parts.length > 2 ? (parts[1] ?? '') : '';
}

/** An entry's bytes as UTF-8 text, or null (said in `errors`). */
function decoded(
  path: string,
  bytes: Uint8Array,
  errors: ErrorCollector,
  format: string,
): FormatFile | null {
  try {
    return { path, content: decoder.decode(bytes) };
  } catch {
    errors.add(
      path,
      undefined,
      `is not UTF-8, as INCEpTION writes ${format}; export it from INCEpTION again`,
    );
    return null;
  }
}

/** The entries left out, grouped by their folder (`source/ (3: the documents as uploaded)`). */
function leftOutSummary(names: readonly string[]): string {
  const groups = new Map<string, number>();
  for (const name of names) {
    const slash = name.indexOf('/');
    const key = slash >= 0 ? name.slice(0, slash + 1) : name;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups]
    .map(([key, n]) => {
      const what = getOwn(LEFT_OUT, key) ?? (key.endsWith('.json') ? LEFT_OUT['.json'] : undefined);
      return key.endsWith('/') || what ? `${key} (${n}${what ? `: ${what}` : ''})` : key;
    })
    .join(', ');
}

/** Why an archive without `.xmi` (or a project's `.tsv`) files is not read, with what it holds instead. */
function noXmi(names: readonly string[]): string {
  const other = names.find((n) => /^annotation\/[^/]+\/[^/]+\.\w+$/.test(n));
  const hint = other
    ? `its annotations are in another format (${other}); export the project from INCEpTION again with "UIMA CAS XMI" or "WebAnno TSV 3" as its format, or unzip it and import those files with their format`
    : 'export the document from INCEpTION as "UIMA CAS XMI", or the project with "UIMA CAS XMI" or "WebAnno TSV 3" as its format';
  return `holds no UIMA CAS XMI file (.xmi) nor a project's WebAnno TSV file (annotation/<document>/<user>.tsv) Loupe reads (${names.slice(0, 4).join(', ') || 'no files'}${names.length > 4 ? ', …' : ''}); ${hint}`;
}
