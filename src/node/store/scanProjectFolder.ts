import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, realpath, rmdir, unlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  annotatorSchema,
  foldedCollisions,
  idSchema,
  windowsNameProblem,
} from '../../shared/model';
import { errorCode, errorMessage } from '../../shared/errors';
import { LINK_LOOP } from './linkLoop';
import type { LoadProblem } from './loadProblem';
import { readLockFile } from './lockHolder';
import { LOCK_FILE } from './projectLock';
import { StoreError } from './storeError';

/** What `validate --repair` may fix without guessing: an interrupted write's temp file, a link to nothing. */
export type Repair = 'remove-temp' | 'remove-link';

/** A problem with a folder entry itself (not its content), and how to repair it when that needs no guess. */
export interface FolderFinding extends LoadProblem {
  readonly repair?: Repair;
  /** When the entry was last modified (ms): a temp file newer than the running writer may be in flight. */
  readonly modifiedMs: number;
  /** A problem of the entry's name, not of what it holds: said even where reading the file named it. */
  readonly ofName?: true;
}

/** Loupe's own temporary names: `.<file>.<pid>.<8 hex>.tmp` (see atomicWrite's temporaryPath). */
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/u;

/** The folders whose files Loupe reads; `exports/` and `.git/` are not project input. */
const READ_FOLDERS = ['documents', 'entities', 'annotations'];

/**
 * Every entry of the parts of a project folder Loupe reads that is not a plain file or folder
 * it expects: links (to nothing, out of the project, or to a file), FIFOs and devices, temp
 * files from interrupted writes, texts without their metadata, annotator folders whose names
 * are not valid, a `.loupe.lock` that is no file. Reads entries with lstat only: nothing is
 * followed, and only a lock that is no file is opened, as writers open it (non-blocking).
 */
export async function scanProjectFolder(dir: string): Promise<FolderFinding[]> {
  const root = await realpath(dir);
  const findings: FolderFinding[] = [];
  const visit = async (folder: string, depth: number): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch((): Dirent[] => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const file = relative(dir, path).split(sep).join('/');
      const finding =
        file === LOCK_FILE || file === `${LOCK_FILE}.break`
          ? await inspectLock(path, file, entry)
          : await inspect(root, path, file, entry);
      if (finding) findings.push(finding);
      if (folder !== dir) findings.push(...windowsNameFinding(entry.name, file));
      if (entry.isDirectory() && depth > 0) await visit(path, depth - 1);
      if (depth === 1 && entry.isDirectory() && file.startsWith('annotations/'))
        checkAnnotatorFolder(entry.name, file, findings);
      if (depth === 1 && entry.isFile() && annotatorSchema.safeParse(entry.name).success)
        findings.push(fileForFolder(file, 0));
    }
    if (relative(dir, folder) === 'documents') findings.push(...textsWithoutMeta(entries));
    if (depth === 0 && relative(dir, folder).split(sep)[0] === 'annotations')
      findings.push(...layersMisnamed(relative(dir, folder).split(sep).join('/'), entries));
    findings.push(...foldedNameFindings(dir, folder, entries));
  };
  await visit(dir, 0);
  for (const name of READ_FOLDERS) {
    const info = await lstat(join(dir, name)).catch(() => null);
    if (info?.isDirectory()) await visit(join(dir, name), name === 'annotations' ? 1 : 0);
    else if (info?.isFile()) findings.push(fileForFolder(name, info.mtimeMs));
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file));
}

async function inspect(
  root: string,
  path: string,
  file: string,
  entry: Dirent,
): Promise<FolderFinding | null> {
  const info = await lstat(path).catch(() => null);
  if (!info) return null;
  const modifiedMs = info.mtimeMs;
  if (entry.isSymbolicLink()) return inspectLink(root, path, file, modifiedMs);
  if (entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice() || entry.isSocket())
    return {
      file,
      reason: `is ${entry.isFIFO() ? 'a FIFO' : entry.isSocket() ? 'a socket' : 'a device'}, not a file; Loupe refuses it (remove it)`,
      modifiedMs,
    };
  if (entry.isFile() && TEMP_NAME.test(entry.name))
    return {
      file,
      reason: 'is a temporary file left by an interrupted write (validate --repair removes it)',
      repair: 'remove-temp',
      modifiedMs,
    };
  return null;
}

/**
 * The writer's lock as writers see it: anything but a regular file there (a folder, a FIFO, a
 * socket, a link) stops every writer, and is named in the words they refuse it with. A file,
 * held or left by a crash, is no problem: a writer takes a stale one over.
 */
async function inspectLock(
  path: string,
  file: string,
  entry: Dirent,
): Promise<FolderFinding | null> {
  if (entry.isFile()) return null;
  const info = await lstat(path).catch(() => null);
  if (!info) return null;
  const reason = await readLockFile(path).then(
    () => null,
    (error: unknown) => (error instanceof StoreError ? error.reason : errorMessage(error)),
  );
  return reason === null ? null : { file, reason, modifiedMs: info.mtimeMs };
}

async function inspectLink(
  root: string,
  path: string,
  file: string,
  modifiedMs: number,
): Promise<FolderFinding | null> {
  const target = await readlink(path).catch(() => '?');
  let loops = false;
  const real = await realpath(path).catch((error: unknown) => {
    loops = errorCode(error) === 'ELOOP';
    return null;
  });
  if (real === null && loops) return { file, reason: LINK_LOOP, repair: 'remove-link', modifiedMs };
  if (real === null)
    return {
      file,
      reason: `is a link to ${JSON.stringify(target)}, which does not exist (validate --repair removes it)`,
      repair: 'remove-link',
      modifiedMs,
    };
  const rel = relative(root, real);
  if (rel.startsWith('..') || rel.startsWith(sep))
    return {
      file,
      reason: `is a link leading out of the project (to ${real}); Loupe neither reads nor writes through it (replace it with the file or folder itself)`,
      modifiedMs,
    };
  const info = await lstat(real).catch(() => null);
  // A folder linked inside the project: harmless beside the project's files (`exports`, a
  // person's own), but in documents/, entities/ or annotations/ it reads another folder's files.
  if (info?.isDirectory() && !READ_FOLDERS.includes(file.split('/')[0] ?? '')) return null;
  if (info?.isDirectory())
    return {
      file,
      reason: `is a link to ${rel === '' ? 'the project folder itself' : `${rel.split(sep).join('/')}, another folder of this project`}: its files are read as this folder's, and Loupe writes through no such link (replace it with a folder of its own)`,
      modifiedMs,
    };
  return {
    file,
    reason: `is a link (to ${JSON.stringify(target)}); Loupe reads no linked files in a project (replace it with the file itself)`,
    modifiedMs,
  };
}

/** A plain file where Loupe keeps a folder (`documents`, `entities`, `annotations/<name>`). */
function fileForFolder(file: string, modifiedMs: number): FolderFinding {
  return {
    file,
    reason:
      'is a file where Loupe keeps a folder, so nothing in it can be read or written; move the file out of the way',
    modifiedMs,
  };
}

/** A project entry a teammate on Windows could not check out (CON.txt, `aux/`, `bob./`). */
function windowsNameFinding(name: string, file: string): FolderFinding[] {
  const problem = windowsNameProblem(name);
  if (!problem) return [];
  return [
    {
      file,
      reason: `${problem}: a teammate on Windows cannot check out this project; rename it (a document: import its text again under another name)`,
      modifiedMs: 0,
      ofName: true,
    },
  ];
}

/**
 * Entries of one folder that are one file on a disk that ignores case and Unicode
 * normalization (macOS, Windows): `Amira/` and `amira/`, `Report.json` and `report.json`, a name
 * in NFC and in NFD. A teammate checking the project out there gets only one of each group.
 */
function foldedNameFindings(
  dir: string,
  folder: string,
  entries: readonly Dirent[],
): FolderFinding[] {
  const path = (name: string) => relative(dir, join(folder, name)).split(sep).join('/');
  return foldedCollisions(entries.map((e) => e.name)).flatMap((group) =>
    group.map((name) => ({
      file: path(name),
      ofName: true as const,
      reason: `is one file with ${group
        .filter((other) => other !== name)
        .map((other) => JSON.stringify(path(other)))
        .join(
          ', ',
        )} on a disk that ignores case and Unicode normalization (macOS, Windows), where a teammate gets only one of them; rename or merge them`,
      modifiedMs: 0,
    })),
  );
}

function checkAnnotatorFolder(name: string, file: string, findings: FolderFinding[]): void {
  if (annotatorSchema.safeParse(name).success) return;
  findings.push({
    file: `${file}/`,
    reason: `${JSON.stringify(name)} is not a valid annotator name; Loupe ignores this folder (rename it)`,
    modifiedMs: 0,
  });
}

/** The document id a layer file's name gives (`<id>.json`, `<id>.journal.jsonl`), if it is one. */
export function layerFileId(name: string): string | undefined {
  if (name.startsWith('.')) return undefined;
  const id = /^(.+?)(?:\.journal\.jsonl|\.json)$/u.exec(name)?.[1];
  return id === undefined || id.endsWith('.journal') ? undefined : id;
}

/** Files of an annotator's folder named as layers whose name is no document id: never read. */
function layersMisnamed(folder: string, entries: readonly Dirent[]): FolderFinding[] {
  return entries.flatMap((entry) => {
    const id = entry.isFile() ? layerFileId(entry.name) : undefined;
    if (id === undefined || idSchema.safeParse(id).success) return [];
    return [
      {
        file: `${folder}/${entry.name}`,
        reason: `${JSON.stringify(id)} is not a valid Loupe document id, so Loupe ignores this file (rename it after its document, or remove it)`,
        modifiedMs: 0,
        ofName: true as const,
      },
    ];
  });
}

function textsWithoutMeta(entries: readonly Dirent[]): FolderFinding[] {
  const names = new Set(entries.map((e) => e.name));
  return entries
    .filter((e) => e.name.endsWith('.txt') && !e.name.startsWith('.'))
    .filter((e) => !names.has(`${e.name.slice(0, -'.txt'.length)}.json`))
    .map((e) => ({
      file: `documents/${e.name}`,
      reason: `has no metadata file documents/${e.name.slice(0, -'.txt'.length)}.json, so Loupe does not list it (import the text again, or remove it)`,
      modifiedMs: 0,
    }));
}

/**
 * Removes what a finding says can go without guessing: temp files last modified before
 * `before` (the running writer's start: a newer one may be in flight) and links to nothing.
 * Returns the project-relative files removed.
 */
export async function repairProjectFolder(
  dir: string,
  findings: readonly FolderFinding[],
  before: number,
): Promise<string[]> {
  const removed: string[] = [];
  for (const finding of findings) {
    if (!finding.repair) continue;
    if (finding.repair === 'remove-temp' && finding.modifiedMs >= before) continue;
    const path = join(dir, ...finding.file.split('/'));
    const gone = await unlink(path).then(
      () => true,
      (error: NodeJS.ErrnoException) =>
        error.code === 'EISDIR' &&
        rmdir(path).then(
          () => true,
          () => false,
        ),
    );
    if (gone) removed.push(finding.file);
  }
  return removed;
}

/** Removes Loupe's own temp files left by writers before `before` (ms); called by a writer when it takes the lock. */
export async function removeOrphanTemps(dir: string, before: number): Promise<string[]> {
  const findings = await scanProjectFolder(dir);
  return repairProjectFolder(
    dir,
    findings.filter((f) => f.repair === 'remove-temp'),
    before,
  );
}
