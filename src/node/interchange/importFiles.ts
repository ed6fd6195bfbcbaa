import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import {
  FormatError,
  isBiocFile,
  inceptionZipProblem,
  isDoccanoCsv,
  isInceptionListing,
  isLabelStudioCsv,
  isMaeFile,
  isTokenFile,
  isTypeSystem,
  SHARED_TASK_EXTENSIONS,
  isWebannoFile,
  stanceColumns,
  type DoccanoColumns,
  type FormatFile,
} from '../../shared/formats';
import { decodeArrow, decodeParquet } from './decodeTable';
import { decodeText } from './decodeText';
import { zipFileDirectory } from './zipFileDirectory';
import { errorMessage, systemReason } from '../../shared/errors';
import { isDocumentFolder } from '../../shared/model';
import { MAX_PROJECT_FILE_BYTES } from '../store';

/** Extensions an import reads from a folder; other files there are left alone and counted. */
const READABLE = [
  '.txt',
  '.ann',
  '.a1',
  '.a2',
  '.co',
  '.rel',
  '.conf',
  '.json',
  '.jsonl',
  '.json1', // doccano 1.0's JSONL export (`file.json1`)
  '.conll',
  '.conllu',
  '.iob',
  '.iob2',
  '.bio',
  '.nersuite', // NERsuite's token files (AnatEM)
  '.tsv',
  '.csv',
  '.xml',
  '.xmi',
  '.pubtator',
  '.parquet',
  '.arrow',
  '.spacy',
  '.zip', // INCEpTION's exports only (isInceptionListing)
  ...SHARED_TASK_EXTENSIONS, // eng.train, eng.testa, …: read only when they hold tagged tokens
];
/** Why a FIFO, socket, device or link to a folder is not read: reading a FIFO would wait forever. */
const NO_SUCH = 'no such file or folder';
const NOT_A_FILE =
  'is not a regular file (a named pipe, socket, device or link to a folder); import files and folders only';
/** Why a link that leads nowhere (or in a loop) is not read. */
const UNRESOLVED =
  'is a link that leads nowhere or in a loop; mend or remove it, or import the files it should lead to';
/** Why a file whose name holds one is not read: the name becomes the document's, shown and exported. */
const CONTROL_NAME =
  "its name holds a line break or other control character, which the document's name and the files exported from it cannot carry; rename the file";
/** Why a file's folder is not kept as its documents' folder: an export could not write into it everywhere. */
const UNKEPT_FOLDER =
  'its folder is not one Loupe keeps for its documents (a name with a backslash, a colon or a control character, or folders nested deeper than 16); imported at the top of the collection';
/** Read from a folder only when it holds tagged tokens (GermEval's `.tsv`), is WebAnno TSV or Label Studio's TSV export; another table is left alone. */
const TOKEN_TABLE = '.tsv';
/** Read from a folder only when it is a stance table (P-Stance, VAST, …), Label Studio's or doccano's CSV export; another CSV is left alone. */
const STANCE_CSV = '.csv';
/** Read from a folder only when it is a MAE annotation file or BioC; other XML is left alone. */
const MAE_XML = '.xml';
/** Read from a folder only when it is one of INCEpTION's exports; another archive is left alone. */
const ZIP = '.zip';

/** Files gathered for an import, the files of a folder in no readable format, the files that could not be read, notes on encodings, and integer tag names a Parquet file gave. */
export interface GatheredFiles {
  readonly files: FormatFile[];
  readonly ignored: string[];
  readonly problems: FormatError[];
  readonly notes: string[];
  readonly tagNames?: readonly string[];
}

/** Gathers decoded files, problems and notes, and the first tag names a Parquet file names. */
class Gathering {
  readonly files: FormatFile[] = [];
  readonly ignored: string[] = [];
  readonly problems: FormatError[] = [];
  readonly notes: string[] = [];
  tagNames: readonly string[] | undefined;

  /**
   * Decodes one file's bytes: Parquet and Arrow rows as JSON Lines, a `.spacy` DocBin and a
   * `.zip` archive (INCEpTION's XMI exports) kept as bytes (their reader unpacks them), anything
   * else as text (see decodeText); `folders` are the names of the folders it sat in below the
   * folder imported, kept as its folder when Loupe keeps such a one (see `isDocumentFolder`).
   */
  async decode(path: string, bytes: Uint8Array, folders: readonly string[] = []): Promise<void> {
    const folder = this.folderOf(path, folders);
    const lower = path.toLowerCase();
    if (lower.endsWith('.spacy') || lower.endsWith('.zip')) {
      this.files.push({ path, content: '', binary: bytes, ...folder });
      return;
    }
    const table = lower.endsWith('.parquet')
      ? await decodeParquet(bytes)
      : lower.endsWith('.arrow')
        ? await decodeArrow(bytes)
        : null;
    if (table === null) {
      const file = decodeBytes(path, bytes, this.problems, this.notes);
      if (file) this.files.push({ ...file, ...folder });
      return;
    }
    if ('reason' in table) {
      this.problems.push(new FormatError(path, undefined, table.reason));
      return;
    }
    this.notes.push(`${path}: ${table.note}`);
    this.tagNames ??= table.tagNames ?? undefined;
    this.files.push({ path, content: table.content, ...folder });
  }

  /** `{ folder }` of a file's folders when Loupe keeps such a one, else nothing (a note says why). */
  private folderOf(path: string, folders: readonly string[]): Pick<FormatFile, 'folder'> {
    if (folders.length === 0) return {};
    const folder = folders.join('/');
    if (isDocumentFolder(folder)) return { folder };
    this.notes.push(`${path}: ${UNKEPT_FOLDER}`);
    return {};
  }

  result(): GatheredFiles {
    const { files, ignored, problems, notes, tagNames } = this;
    return { files, ignored, problems, notes, ...(tagNames ? { tagNames } : {}) };
  }
}

/**
 * Reads the files and folders named on the command line: every readable file under a
 * folder (sorted), each decoded as strict UTF-8, with its folder below the folder named
 * (`FormatFile.folder`; a file named alone has none). A link inside a folder that leads out
 * of it, an unreadable path or invalid UTF-8 is a problem naming the file (and line).
 */
export async function gatherImportFiles(
  paths: readonly string[],
  columns: DoccanoColumns = {},
): Promise<GatheredFiles> {
  const gathering = new Gathering();
  const { problems, ignored } = gathering;
  const decode = (path: string, bytes: Uint8Array, folders?: readonly string[]) =>
    gathering.decode(path, bytes, folders);
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => systemReason(error, NO_SUCH));
    if (typeof info === 'string') {
      problems.push(new FormatError(path, undefined, info));
      continue;
    }
    if (!info.isDirectory()) {
      const shown = path.split(sep).join('/');
      if (!info.isFile()) problems.push(new FormatError(shown, undefined, NOT_A_FILE));
      else if (info.size > MAX_PROJECT_FILE_BYTES)
        problems.push(new FormatError(shown, undefined, tooLarge(info.size)));
      else if (hasControlCharacter(basename(path)))
        problems.push(new FormatError(shown, undefined, CONTROL_NAME));
      else {
        const zip = isZipName(path) ? await zipVerdict(path) : 'read';
        if (typeof zip === 'object') problems.push(new FormatError(shown, undefined, zip.refused));
        else await decode(shown, new Uint8Array(await readFile(path)));
      }
      continue;
    }
    const root = await realpath(path);
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => !e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of found) {
      const shown = file.split(sep).join('/');
      if (!READABLE.some((ext) => file.toLowerCase().endsWith(ext)) && !isReadme(file)) {
        ignored.push(shown);
        continue;
      }
      // An archive larger than a project file may be is someone's backup, not an export to read.
      if (file.toLowerCase().endsWith(ZIP) && (await sizeOf(file)) > MAX_PROJECT_FILE_BYTES) {
        ignored.push(shown);
        continue;
      }
      const problem = await entryProblem(path, root, file);
      if (problem !== null) {
        problems.push(new FormatError(shown, undefined, problem));
        continue;
      }
      const zip = isZipName(file) ? await zipVerdict(file) : 'read';
      if (zip === 'other') ignored.push(shown);
      if (typeof zip === 'object') problems.push(new FormatError(shown, undefined, zip.refused));
      if (zip !== 'read') continue;
      const bytes = new Uint8Array(await readFile(file));
      if (
        (file.toLowerCase().endsWith(TOKEN_TABLE) && !isReadableTsv(bytes)) ||
        (isSharedTaskName(file) && !isTokenBytes(bytes)) ||
        (file.toLowerCase().endsWith(MAE_XML) && !isMaeXml(bytes) && !besideXmi(file, found)) ||
        (file.toLowerCase().endsWith(STANCE_CSV) && !isReadableCsv(bytes, columns))
      ) {
        ignored.push(shown);
        continue;
      }
      await decode(shown, bytes, relative(path, dirname(file)).split(sep).filter(Boolean));
    }
  }
  return gathering.result();
}

/** Why a readable-looking file of the folder `path` (resolved: `root`) is not read, or null. */
async function entryProblem(path: string, root: string, file: string): Promise<string | null> {
  if (hasControlCharacter(basename(file))) return CONTROL_NAME;
  const real = await realpath(file).catch(() => null);
  const kind = real === null ? null : await stat(real).catch(() => null);
  if (real === null || kind === null) return UNRESOLVED;
  if (!kind.isFile()) return NOT_A_FILE;
  if (kind.size > MAX_PROJECT_FILE_BYTES) return tooLarge(kind.size);
  if (!isInside(root, real))
    return `leads outside the folder ${path}; only files inside it are imported`;
  return null;
}

/** Whether a file is a collection's README, which a brat import keeps to write back (see readImportBatch). */
function isReadme(file: string): boolean {
  return basename(file) === 'README';
}

function isZipName(path: string): boolean {
  return path.toLowerCase().endsWith(ZIP);
}

/**
 * What to do with a zip archive, judged by its central directory alone, before the rest of it
 * is read: read it, leave it alone ('other': no INCEpTION export), or refuse it (damaged, or
 * what it would read declares more than Loupe reads from one archive), saying why.
 */
async function zipVerdict(path: string): Promise<'read' | 'other' | { readonly refused: string }> {
  const listed = await zipFileDirectory(path).catch((error: unknown) => ({
    reason: `cannot be read: ${errorMessage(error)}`,
  }));
  if ('reason' in listed) return { refused: listed.reason };
  if (!isInceptionListing(listed.entries)) return 'other';
  const problem = inceptionZipProblem(listed.entries);
  return problem === null ? 'read' : { refused: problem };
}

/** A file's size (0 when it cannot be read: entryProblem says why). */
async function sizeOf(file: string): Promise<number> {
  return (await stat(file).catch(() => null))?.size ?? 0;
}

/** Why a file larger than a project file may be is not read (its text could not be read back). */
function tooLarge(size: number): string {
  const mib = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`;
  return `is ${mib(size)}, larger than Loupe reads a file (${mib(MAX_PROJECT_FILE_BYTES)}); split it into smaller files`;
}

/** Whether a file's own name (what becomes its documents' names; the folders above it may be called anything) holds a line break or other control character (Linux allows them). */
function hasControlCharacter(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Whether a file is named as the CoNLL shared tasks named theirs (`eng.testa`). */
function isSharedTaskName(file: string): boolean {
  return [...SHARED_TASK_EXTENSIONS].some((ext) => file.toLowerCase().endsWith(ext));
}

/** Whether a file's bytes are tokens tagged one per line (one that cannot be decoded is read, to say why). */
function isTokenBytes(bytes: Uint8Array): boolean {
  const decoded = decodeText(bytes);
  return 'reason' in decoded || isTokenFile(decoded.content);
}

/** Whether a `.tsv` file's bytes are tokens tagged one per line, WebAnno TSV or Label Studio's TSV export (one that cannot be decoded is read, to say why). */
function isReadableTsv(bytes: Uint8Array): boolean {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) return true;
  const { content } = decoded;
  return isWebannoFile(content) || isTokenFile(content) || isLabelStudioCsv(content, '\t');
}

/** Whether an `.xml` file's bytes are a MAE annotation file or BioC (one that cannot be decoded is read, to say why). */
function isMaeXml(bytes: Uint8Array): boolean {
  const decoded = decodeText(bytes);
  return 'reason' in decoded || isMaeFile(decoded.content) || isBiocFile(decoded.content);
}

/**
 * Whether a file is the UIMA type system of `.xmi` files of the folder (`TypeSystem.xml` in their
 * folder or one above them, as DKPro's XmiWriter and an unzipped INCEpTION export leave it).
 */
function besideXmi(file: string, found: readonly string[]): boolean {
  if (!isTypeSystem(file.split(sep).join('/'))) return false;
  const folder = file.slice(0, file.length - basename(file).length);
  return found.some((f) => f.toLowerCase().endsWith('.xmi') && f.startsWith(folder));
}

/**
 * Whether a `.csv` file's bytes are a stance table, Label Studio's or doccano's CSV export, or
 * a table with the doccano `columns` asked for (one that cannot be decoded is read, to say why).
 */
function isReadableCsv(bytes: Uint8Array, columns: DoccanoColumns): boolean {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) return true;
  const { content } = decoded;
  return (
    stanceColumns(content, ',') !== null ||
    isLabelStudioCsv(content) ||
    isDoccanoCsv(content) ||
    (columns.textColumn !== undefined && isDoccanoCsv(content, columns))
  );
}

/** True when `path` lies strictly inside `root` (both resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Decodes one file's bytes (see decodeText): a note for another encoding, an error (with its line) when none fits. */
export function decodeBytes(
  path: string,
  bytes: Uint8Array,
  problems: FormatError[],
  notes: string[],
): FormatFile | null {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    problems.push(new FormatError(path, decoded.line, decoded.reason));
    return null;
  }
  if (decoded.note) notes.push(`${path}: ${decoded.note}`);
  const { content, encoding } = decoded;
  return encoding === undefined ? { path, content } : { path, content, encoding };
}

/**
 * Checks and decodes files chosen in the app. Names are relative to the folder the user
 * chose, that folder's own name first (`corpus/a/x.txt`, as a browser names a chosen folder's
 * files): an absolute name or one with `..` segments would lead outside it and is refused.
 */
export async function decodeUploads(
  uploads: readonly { name: string; base64: string }[],
): Promise<GatheredFiles> {
  const gathering = new Gathering();
  const { problems } = gathering;
  for (const upload of uploads) {
    const name = upload.name.replaceAll('\\', '/');
    const parts = name.split('/');
    if (
      name.startsWith('/') ||
      /^[A-Za-z]:/.test(name) ||
      parts.some((p) => p === '..' || p === '')
    ) {
      problems.push(
        new FormatError(
          upload.name,
          undefined,
          'leads outside the chosen folder; only files inside it are imported',
        ),
      );
      continue;
    }
    // `corpus/a/x.txt` of a chosen folder `corpus`: the file sat in `a` below it.
    const folders = parts.slice(1, -1);
    await gathering.decode(name, new Uint8Array(Buffer.from(upload.base64, 'base64')), folders);
  }
  return gathering.result();
}
