import type {
  FileProblem,
  ImportFormat,
  ImportPreview,
  ImportSummary,
  UploadedFile,
} from '../../shared/contract/interchange';
import { FormatError, FormatErrors, type TagScheme } from '../../shared/formats';
import type { ProjectFolder } from '../store';
import { applyImport } from './applyImport';
import { decodeUploads, gatherImportFiles, type GatheredFiles } from './importFiles';
import type { Monitor } from './importPlan';
import type { AnnotatorChoice } from './annotatorOf';
import { planImport } from './planImport';
import { nothingRead } from './nothingRead';
import { tooDeep } from './tooDeep';
import { readImportBatch } from './readImportBatch';
import { countOf } from '../../shared/text';

/** How to import: the format (or auto), whose layer, whether bad files are left out or stop everything. */
export interface ImportOptions extends Monitor {
  readonly format: ImportFormat;
  readonly annotator: AnnotatorChoice;
  readonly skipInvalid?: boolean;
  /** CoNLL / IOB: the tag scheme (else detected per file) and the tag column (1-based, else the last). */
  readonly scheme?: TagScheme;
  readonly tagColumn?: number;
  /** Hugging Face records with integer tags: the tag names in id order. */
  readonly tagNames?: readonly string[];
  /** Label Studio tasks: the `data` field holding the text. */
  readonly textField?: string;
  /** doccano CSV, JSON and JSONL: the column holding the text and the one holding the labels (they make `auto` doccano). */
  readonly textColumn?: string;
  readonly labelColumn?: string;
}

/**
 * Imports files and folders (the command line): read, check and plan the whole batch,
 * then write it all or nothing. Throws FormatErrors (file, line, reason) when the batch
 * has a problem and `skipInvalid` is not set; the project is then untouched.
 */
export async function importPaths(
  store: ProjectFolder,
  paths: readonly string[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const columns = {
    ...(options.textColumn === undefined ? {} : { textColumn: options.textColumn }),
    ...(options.labelColumn === undefined ? {} : { labelColumn: options.labelColumn }),
  };
  return importGathered(store, await gatherImportFiles(paths, columns), options, true);
}

/** Imports files chosen in the app (names relative to the chosen folder, bytes base64). */
export async function importUploads(
  store: ProjectFolder,
  uploads: readonly UploadedFile[],
  options: ImportOptions,
): Promise<ImportSummary> {
  return importGathered(store, await decodeUploads(uploads), options, true);
}

/** What importing the chosen files would do, or every error that would stop it; writes nothing. */
export async function previewUploads(
  store: ProjectFolder,
  uploads: readonly UploadedFile[],
  options: ImportOptions,
): Promise<ImportPreview> {
  try {
    return {
      summary: await importGathered(store, await decodeUploads(uploads), options, false),
      errors: [],
    };
  } catch (error) {
    if (error instanceof FormatErrors)
      return { summary: null, errors: error.errors.map(problemOf) };
    throw error;
  }
}

async function importGathered(
  store: ProjectFolder,
  gathered: GatheredFiles,
  options: ImportOptions,
  write: boolean,
): Promise<ImportSummary> {
  const skipInvalid = options.skipInvalid ?? false;
  // doccano's columns are named for doccano's files only.
  const columns = options.textColumn !== undefined || options.labelColumn !== undefined;
  const format = options.format === 'auto' && columns ? 'doccano' : options.format;
  const unread = noneReadable(gathered);
  if (unread) throw new FormatErrors([unread]);
  const batch = readImportBatch(gathered.files, format, gathered.problems, {
    skipInvalid,
    ...(options.scheme ? { scheme: options.scheme } : {}),
    ...(options.tagColumn === undefined ? {} : { tagColumn: options.tagColumn }),
    ...(options.textField === undefined ? {} : { textField: options.textField }),
    ...(options.textColumn === undefined ? {} : { textColumn: options.textColumn }),
    ...(options.labelColumn === undefined ? {} : { labelColumn: options.labelColumn }),
    ...((options.tagNames ?? gathered.tagNames) === undefined
      ? {}
      : { tagNames: options.tagNames ?? gathered.tagNames }),
  });
  const deep = tooDeep(batch.bundle);
  if (deep.length > 0) throw new FormatErrors(deep);
  const empty = nothingRead(batch.bundle, batch.format);
  if (empty && !skipInvalid) throw new FormatErrors([empty]);
  const plan = await planImport(
    store,
    batch.bundle,
    batch.format,
    options.annotator,
    skipInvalid,
    options,
  );
  const ignored =
    gathered.ignored.length > 0
      ? [
          `${countOf(gathered.ignored.length, 'file')} in other formats ${gathered.ignored.length === 1 ? 'was' : 'were'} left alone (${gathered.ignored.slice(0, 3).join(', ')}${gathered.ignored.length > 3 ? ', …' : ''})`,
        ]
      : [];
  const summary: ImportSummary = {
    ...plan.summary,
    ...(batch.bundle.readAs === undefined ? {} : { readAs: batch.bundle.readAs }),
    skipped: [...batch.skipped.map(problemOf), ...plan.summary.skipped],
    warnings: [...gathered.notes, ...plan.summary.warnings, ...ignored],
  };
  if (!write) return summary;
  await applyImport(store, plan, options);
  return { ...summary, written: true };
}

/**
 * Every file of the folders given left alone for its name, and nothing else to read: the error
 * names the folder and its files, and says how to read them, where the batch said only "no files
 * to import" of no file (AnatEM's 1,212 `.nersuite` token files, before Loupe read that extension).
 */
function noneReadable(gathered: GatheredFiles): FormatError | null {
  const { files, problems, ignored } = gathered;
  const [first] = ignored;
  if (files.length > 0 || problems.length > 0 || first === undefined) return null;
  const folder = first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : first;
  const named = ignored.slice(0, 3).map((path) => path.slice(path.lastIndexOf('/') + 1));
  const more = ignored.length > 3 ? ', …' : '';
  return new FormatError(
    folder,
    undefined,
    `holds no file Loupe reads by its extension: ${countOf(ignored.length, 'file')} left alone (${named.join(', ')}${more}); to read them, name the files themselves with --format (token files: --format conll)`,
  );
}

/** A format error as the contract carries it. */
export function problemOf(error: FormatError): FileProblem {
  return {
    file: error.file,
    ...(error.line === undefined ? {} : { line: error.line }),
    reason: error.reason,
  };
}
