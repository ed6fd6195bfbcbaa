import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { FormatError, type FormatFile } from '../../shared/formats';
import { decodeUtf8, invalidUtf8Line } from '../store';

/** Extensions an import reads from a folder; other files there are left alone and counted. */
const READABLE = ['.txt', '.ann', '.conf', '.json', '.jsonl'];

/** Files gathered for an import, the files of a folder in no readable format, and the files that could not be read. */
export interface GatheredFiles {
  readonly files: FormatFile[];
  readonly ignored: string[];
  readonly problems: FormatError[];
}

/**
 * Reads the files and folders named on the command line: every readable file under a
 * folder (sorted), each decoded as strict UTF-8. A link inside a folder that leads out
 * of it, an unreadable path or invalid UTF-8 is a problem naming the file (and line).
 */
export async function gatherImportFiles(paths: readonly string[]): Promise<GatheredFiles> {
  const problems: FormatError[] = [];
  const files: FormatFile[] = [];
  const ignored: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      problems.push(new FormatError(path, undefined, 'no such file or folder'));
      continue;
    }
    if (!info.isDirectory()) {
      pushDecoded(
        files,
        decodeBytes(path.split(sep).join('/'), new Uint8Array(await readFile(path)), problems),
      );
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
      if (!READABLE.some((ext) => file.toLowerCase().endsWith(ext))) {
        ignored.push(shown);
        continue;
      }
      const real = await realpath(file).catch(() => null);
      if (real === null || !isInside(root, real)) {
        problems.push(
          new FormatError(
            shown,
            undefined,
            `leads outside the folder ${path}; only files inside it are imported`,
          ),
        );
        continue;
      }
      pushDecoded(files, decodeBytes(shown, new Uint8Array(await readFile(file)), problems));
    }
  }
  return { files, ignored, problems };
}

/** True when `path` lies strictly inside `root` (both resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function pushDecoded(files: FormatFile[], file: FormatFile | null): void {
  if (file) files.push(file);
}

/** Decodes one file's bytes as strict UTF-8 (a BOM is kept); invalid bytes become an error with their line. */
export function decodeBytes(
  path: string,
  bytes: Uint8Array,
  problems: FormatError[],
): FormatFile | null {
  const content = decodeUtf8(bytes);
  if (content === null) {
    problems.push(new FormatError(path, invalidUtf8Line(bytes), 'not valid UTF-8 text'));
    return null;
  }
  return { path, content };
}

/**
 * Checks and decodes files chosen in the app. Names are relative to the folder the user
 * chose: an absolute name or one with `..` segments would lead outside it and is refused.
 */
export function decodeUploads(uploads: readonly { name: string; base64: string }[]): GatheredFiles {
  const problems: FormatError[] = [];
  const files: FormatFile[] = [];
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
    pushDecoded(
      files,
      decodeBytes(name, new Uint8Array(Buffer.from(upload.base64, 'base64')), problems),
    );
  }
  return { files, ignored: [], problems };
}
