import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { WorkbenchError } from '../../shared/contract';
import { ownedByProject } from '../store';
import { isInside } from './importFiles';

/** Where exports requested through the API go: a folder of the project that no loader reads. */
export const EXPORTS_FOLDER = 'exports';

/** The longest export name, in UTF-8 bytes: 255 a name, less the temporary name's additions. */
const MAX_EXPORT_NAME_BYTES = 200;

/**
 * The path an API export named `name` is written to: `<project>/exports/<name>`. A caller
 * of the API (the renderer, a page holding the session token) names the export but never
 * picks a place on disk, so it cannot overwrite a file elsewhere; `loupe export --out`
 * writes anywhere, as its user asks.
 * @example exportTarget('/p', 'news.jsonl') === '/p/exports/news.jsonl'
 */
export function exportTarget(projectDir: string, name: string): string {
  const plain = /^[^/\\\0:]+$/u.test(name) && !name.startsWith('.') && name.trim() === name;
  if (!plain)
    throw new WorkbenchError(
      'invalid_request',
      `the export name ${JSON.stringify(name)} must be a plain file or folder name (no path, not hidden); it is written to the project's ${EXPORTS_FOLDER} folder`,
    );
  if (Buffer.byteLength(name) > MAX_EXPORT_NAME_BYTES)
    throw new WorkbenchError(
      'invalid_request',
      `the export name is ${Buffer.byteLength(name)} bytes long; a disk takes names of at most 255, and Loupe writes through a longer temporary name: use at most ${MAX_EXPORT_NAME_BYTES}`,
    );
  const root = resolve(projectDir, EXPORTS_FOLDER);
  const out = resolve(root, name);
  if (!isInside(root, out))
    throw new WorkbenchError(
      'invalid_request',
      `the export name ${JSON.stringify(name)} leaves the ${EXPORTS_FOLDER} folder`,
    );
  return out;
}

/**
 * Refuses an API export whose place resolves outside the project: `exports/` (or the named
 * export) may be a link a teammate's folder carried to anywhere on disk.
 */
export async function assertExportInside(projectDir: string, out: string): Promise<void> {
  const root = await realpath(projectDir);
  const folder = await realpath(dirname(out)).catch(async (error: unknown) => {
    const target = await readlink(dirname(out)).catch(() => null);
    if (target === null) throw error;
    throw new WorkbenchError(
      'invalid_request',
      `the project's ${EXPORTS_FOLDER} folder is a link to ${JSON.stringify(target)}, which does not exist; replace it with a plain folder (validate --repair removes the link)`,
    );
  });
  const rel = relative(root, folder);
  const linkedOut = await lstat(out).then(
    (info) => info.isSymbolicLink(),
    () => false,
  );
  if (rel.startsWith('..') || rel.startsWith(sep) || linkedOut)
    throw new WorkbenchError(
      'invalid_request',
      `the project's ${EXPORTS_FOLDER} folder (or ${JSON.stringify(relative(dirname(out), out))} in it) is a link leading out of the project; replace it with a plain folder`,
    );
}

/**
 * Refuses an export whose place, or a file it would write there, lies among the project's
 * own files once links are resolved (texts, layers, entities, the manifest; the store says): an
 * export named after a document's text would replace it and leave the project damaged.
 * Elsewhere in the project (its folder itself, `exports/`) is the user's to choose.
 */
export async function assertNotProjectFiles(
  projectDir: string,
  out: string,
  files: readonly { readonly path: string }[],
): Promise<void> {
  const root = await realpath(projectDir);
  const target = resolve(out);
  const places = [target, ...files.map((file) => join(target, file.path))];
  for (const place of places) {
    for (const real of await resolvedForms(place)) {
      const rel = relative(root, real);
      if (!isInside(root, real) || !ownedByProject(rel.split(sep).join('/'))) continue;
      throw new WorkbenchError(
        'invalid_request',
        `the export's place ${out} lies among the project's own files (${rel.split(sep).join('/')}); an export never writes there: choose a place outside them, such as the project's ${EXPORTS_FOLDER} folder`,
      );
    }
  }
}

/** A path with its folders' links resolved, and, when it is a link itself, where that leads. */
async function resolvedForms(path: string): Promise<string[]> {
  const forms = [join(await realFolder(dirname(path)), basename(path))];
  const whole = await realpath(path).catch(() => null);
  if (whole) forms.push(whole);
  return forms;
}

/** The folder with its links resolved, as far as it exists (a new folder is resolved from its nearest existing parent). */
async function realFolder(folder: string): Promise<string> {
  const real = await realpath(folder).catch(() => null);
  if (real !== null) return real;
  const parent = dirname(folder);
  return parent === folder ? folder : join(await realFolder(parent), basename(folder));
}
