import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { RENDERER_FILE_TYPES } from '../shared/security/rendererFileTypes';

/** A file under `root` for a URL path, or null: no traversal (also not by symlink), no folders, no hidden files. */
export async function resolveStatic(
  root: string,
  urlPath: string,
): Promise<{ path: string; type: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (
    decoded.includes('\0') ||
    decoded.split(/[\\/]/).some((part) => part === '..' || part.startsWith('.'))
  )
    return null;
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const path = resolve(base, relativePath);
  if (!path.startsWith(base + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const [realBase, realPath] = await Promise.all([realpath(base), realpath(path)]);
  if (!realPath.startsWith(realBase + sep)) return null; // a symlink leading out of the folder
  return { path, type: RENDERER_FILE_TYPES[extname(path)] ?? 'application/octet-stream' };
}

/** Reads a resolved static file. */
export function readStatic(path: string): Promise<Buffer> {
  return readFile(path);
}

/** A name the renderer's build gives only to one content: `assets/<name>-<hash>.<ext>`. */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8,}\.(js|css|woff2|svg|png)$/;

/**
 * How long the browser may keep a static file: a content-hashed asset for a year without asking
 * again (a new build names new files), so a second open skips the download and, for scripts,
 * V8 compiles from its code cache; the page itself is never kept (it names the current
 * build's assets).
 */
export function cacheControlFor(urlPath: string): string {
  return HASHED_ASSET.test(urlPath) ? 'private, max-age=31536000, immutable' : 'no-store';
}

/** A static file ready to send. */
export interface StaticFile {
  readonly path: string;
  readonly type: string;
  readonly body: Buffer;
}

/**
 * The built renderer's files for URL paths, content-hashed assets read once and then answered
 * from memory (a new build names new files, so a name never changes content): on a busy
 * machine each file read cost the page a stat, two realpaths and a read through the thread
 * pool, and its small entry script arrived with the 700 KB app, 100–200 ms after the first
 * screen was painted. The page and unhashed files are read on every request.
 */
export class StaticFiles {
  private readonly kept = new Map<string, Promise<StaticFile | null>>();

  constructor(private readonly root: string) {}

  /** The file for `urlPath` (null: none may be served), as {@link resolveStatic} allows. */
  get(urlPath: string): Promise<StaticFile | null> {
    if (!HASHED_ASSET.test(urlPath)) return this.read(urlPath);
    let file = this.kept.get(urlPath);
    if (!file) {
      file = this.read(urlPath);
      this.kept.set(urlPath, file);
      // A failed read is not kept: the next request tries again.
      file
        .then((found) => found ?? this.kept.delete(urlPath))
        .catch(() => this.kept.delete(urlPath));
    }
    return file;
  }

  private async read(urlPath: string): Promise<StaticFile | null> {
    const file = await resolveStatic(this.root, urlPath);
    return file ? { ...file, body: await readStatic(file.path) } : null;
  }
}
