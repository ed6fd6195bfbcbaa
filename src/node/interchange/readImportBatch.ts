import {
  baseName,
  detectFormat,
  extensionOf,
  FormatError,
  FormatErrors,
  getFormat,
  PARTIAL_ANN_EXTENSIONS,
  pathStem,
  type FormatBundle,
  type FormatFile,
  type FormatId,
  type ReadOptions,
} from '../../shared/formats';
import type { ImportFormat } from '../../shared/contract/interchange';
import { withSources } from './documentSources';

/** A batch read by one format: what it holds, and what was skipped (only with skip-invalid). */
export interface ReadBatch {
  readonly format: FormatId;
  readonly bundle: FormatBundle;
  readonly skipped: readonly FormatError[];
}

const LINE_FORMATS: readonly FormatId[] = ['doccano', 'spans-jsonl'];
/** brat files whose bad lines are left out one by one: the `.ann` and BioNLP's parts. */
const ANN_FILES: readonly string[] = ['.ann', ...PARTIAL_ANN_EXTENSIONS];

/**
 * Detects (for `auto`) and reads a batch. Without `skipInvalid` any problem throws
 * FormatErrors naming every file, line and reason. With it, bad records of JSON Lines
 * files, bad lines of brat `.ann` files (and BioNLP parts) and other bad files are left out and listed.
 * @example readImportBatch([{ path: 'a.txt', content: 'IBM' }], 'auto', [], {}).format === 'txt'
 */
export function readImportBatch(
  files: readonly FormatFile[],
  requested: ImportFormat,
  earlier: readonly FormatError[],
  options: ReadOptions,
): ReadBatch {
  const skipInvalid = options.skipInvalid ?? false;
  if (earlier.length > 0 && !skipInvalid) throw new FormatErrors(earlier);
  const skipped: FormatError[] = [...earlier];
  // A README beside a collection's files is a brat collection's, kept to be written back: no document.
  const readmes = files.filter((f) => baseName(f.path) === 'README' && extensionOf(f.path) === '');
  let batch = files.filter((f) => !readmes.includes(f));
  if (batch.length === 0) batch = [...files];
  const format = requested === 'auto' ? detect(batch, skipped, skipInvalid) : requested;
  if (requested === 'auto') batch = batch.filter((f) => !skipped.some((s) => s.file === f.path));
  if (format === 'brat' && batch.length > 0) batch.push(...readmes);
  const reader = getFormat(format).read;
  if (!reader)
    throw new FormatErrors([
      new FormatError(
        files[0]?.path ?? '',
        undefined,
        `${format} is an export format; Loupe cannot import it`,
      ),
    ]);
  for (;;) {
    try {
      if (batch.length === 0) throw nothingLeft(skipped);
      const bundle = reader(batch, { ...options, skipInvalid });
      const all = [...skipped, ...(bundle.skipped ?? [])];
      // Every record skipped: nothing imported is no success, as when every file is skipped.
      if (all.length > 0 && bundle.documents.length === 0) throw nothingLeft(all, 'records');
      return { format, bundle: withSources(bundle, batch, format), skipped: all };
    } catch (error) {
      if (error instanceof FormatErrors && !skipInvalid) throw skipsWhole(error, format);
      if (!(error instanceof FormatErrors) || !skipInvalid || batch.length === 0) throw error;
      skipped.push(...error.errors);
      const next = leaveOut(batch, error.errors, format);
      if (next.length === batch.length && next.every((f, i) => f.content === batch[i]?.content))
        throw error;
      batch = next;
    }
  }
}

function detect(
  files: readonly FormatFile[],
  skipped: FormatError[],
  skipInvalid: boolean,
): FormatId {
  try {
    return detectFormat(files);
  } catch (error) {
    if (!(error instanceof FormatErrors) || !skipInvalid) throw error;
    const unplaced = new Set(
      error.errors.filter((e) => !e.reason.includes('mix formats')).map((e) => e.file),
    );
    if (unplaced.size === 0) throw error;
    skipped.push(...error.errors);
    const rest = files.filter((f) => !unplaced.has(f.path));
    if (rest.length === 0) throw nothingLeft(skipped);
    return detectFormat(rest);
  }
}

/** Whether skipping what is invalid leaves out this file's bad lines alone, not the whole file. */
function skipsByLine(format: FormatId, file: string): boolean {
  return (
    LINE_FORMATS.includes(format) || (format === 'brat' && ANN_FILES.includes(extensionOf(file)))
  );
}

/**
 * The errors, saying which format's files skipping what is invalid would leave out whole when
 * they name lines of a file not read line by line (a CoNLL file of bad lines), so the hint
 * after them does not offer to skip the lines alone.
 */
function skipsWhole(error: FormatErrors, format: FormatId): FormatErrors {
  const whole = error.errors.some((e) => e.line !== undefined && !skipsByLine(format, e.file));
  return whole ? new FormatErrors(error.errors, getFormat(format).name) : error;
}

/**
 * Every file (or record) skipped: the reason of each, then that none is left, so "skip invalid"
 * with every one bad says why each went rather than only that nothing is left.
 */
function nothingLeft(
  skipped: readonly FormatError[],
  what: 'files' | 'records' = 'files',
): FormatErrors {
  return new FormatErrors([
    ...skipped,
    new FormatError('', undefined, `no ${what} left to import`),
  ]);
}

/**
 * The batch without what the errors name, the smallest unit each: the line of a JSON Lines
 * file or of a brat `.ann` (what referred to it fails next round and goes too, each listed),
 * else the whole file (a brat text with its `.ann`).
 */
function leaveOut(
  files: readonly FormatFile[],
  errors: readonly FormatError[],
  format: FormatId,
): FormatFile[] {
  const badFiles = new Set<string>();
  const badLines = new Map<string, Set<number>>();
  for (const error of errors) {
    if (skipsByLine(format, error.file) && error.line !== undefined) {
      badLines.set(error.file, (badLines.get(error.file) ?? new Set()).add(error.line));
    } else badFiles.add(error.file);
  }
  const badStems = new Set([...badFiles].map((f) => (format === 'brat' ? pathStem(f) : f)));
  return files
    .filter(
      (f) =>
        !badFiles.has(f.path) &&
        !(format === 'brat' && extensionOf(f.path) !== '.conf' && badStems.has(pathStem(f.path))),
    )
    .map((f) => {
      const lines = badLines.get(f.path);
      if (!lines) return f;
      const blanked = f.content.split('\n').map((text, i) => (lines.has(i + 1) ? '' : text));
      // The file as read but for the lines left out: its folder, encoding and first text stay.
      return { ...f, content: blanked.join('\n'), unskipped: f.unskipped ?? f.content };
    });
}
