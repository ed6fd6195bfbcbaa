import type { Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { annotatorSchema } from '../../shared/model';
import type { LoadProblem } from './loadProblem';
import { projectFileKind } from './projectFileKind';
import { CONFLICTS_FILE, MANIFEST_FILE } from './projectLayout';
import { MAX_PROJECT_FILE_BYTES } from './readProjectFile';

/** The folders that hold project files, each one level deep except `annotations/<name>/`. */
const FOLDERS = ['documents', 'entities', 'annotations'];

/**
 * Every place where git would take something other than a plain file or folder of the
 * project, found with lstat alone (nothing opened or followed): a link or a special file
 * where a project file is (git would share the link itself, or read a FIFO), a project file
 * larger than Loupe reads, a link or a file where one of the project's folders is (the files
 * inside would look removed), and a `.git` that is not the project's own folder (its history
 * would be written elsewhere). A sync shares nothing while one is left.
 * @example await unsyncableFiles(dir) // [{ file: 'documents/a.txt', reason: 'is a symbolic link' }]
 */
export async function unsyncableFiles(dir: string): Promise<LoadProblem[]> {
  const problems: LoadProblem[] = [];
  const git = await lstatOrNull(join(dir, '.git'));
  if (git && !git.isDirectory())
    problems.push({ file: '.git', reason: `is ${kindOf(git)}, not the project's own git folder` });
  for (const name of [MANIFEST_FILE, '.gitignore', CONFLICTS_FILE])
    checkFile(name, await lstatOrNull(join(dir, name)), problems);
  for (const folder of FOLDERS) await checkFolder(dir, folder, problems);
  return problems;
}

async function checkFolder(dir: string, folder: string, problems: LoadProblem[]): Promise<void> {
  const info = await lstatOrNull(join(dir, folder));
  if (!info) return;
  if (!info.isDirectory()) {
    problems.push({ file: folder, reason: `is ${kindOf(info)} where a folder should be` });
    return;
  }
  const names = await readdir(join(dir, folder)).catch((): string[] => []);
  for (const name of names.sort()) {
    const file = `${folder}/${name}`;
    const entry = await lstatOrNull(join(dir, folder, name));
    if (folder !== 'annotations') {
      if (projectFileKind(file)) checkFile(file, entry, problems);
      continue;
    }
    if (!annotatorSchema.safeParse(name).success || !entry) continue;
    if (entry.isDirectory()) await checkFolder(dir, file, problems);
    else problems.push({ file, reason: `is ${kindOf(entry)} where a folder should be` });
  }
}

function checkFile(file: string, info: Stats | null, problems: LoadProblem[]): void {
  if (!info || !projectFileKind(file)) return;
  if (!info.isFile()) problems.push({ file, reason: `is ${kindOf(info)}, not a plain file` });
  else if (info.size > MAX_PROJECT_FILE_BYTES)
    problems.push({
      file,
      reason: `is ${info.size} bytes, more than Loupe reads (${MAX_PROJECT_FILE_BYTES})`,
    });
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  return lstat(path).catch(() => null);
}

function kindOf(info: Stats): string {
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isDirectory()) return 'a folder';
  if (info.isFile()) return 'a file';
  return 'a special file';
}
