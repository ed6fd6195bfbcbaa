import type { BigIntStats } from 'node:fs';
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { textHash } from './textHash';
import { errorCode } from '../../shared/errors';

/**
 * What identifies one state of a file on disk (inode, size, modification time in ns), or
 * 'missing'. Every atomic write makes a new inode, so a changed file has a new version.
 */
export async function fileVersion(path: string): Promise<string> {
  try {
    return versionOfStats(await stat(path, { bigint: true }));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * {@link fileVersion} asked on the event loop. A stat of one local file takes microseconds;
 * through the thread pool it costs a promise, a round trip and, for a missing file, an error
 * with its stack (an export checks two files per layer: a thousand layers took longer to
 * check than to write). Throws what the stat throws, other than for a missing file.
 */
export function fileVersionNow(path: string): string {
  const info = statSync(path, { bigint: true, throwIfNoEntry: false });
  return info ? versionOfStats(info) : 'missing';
}

/** The version {@link fileVersion} gives, from a stat already taken (of the path or of an open handle). */
export function versionOfStats(info: BigIntStats): string {
  return `${info.ino}:${info.size}:${info.mtimeNs}`;
}

/**
 * A file's version with a hash of its bytes: what a write compares before it replaces the
 * file, since the stat alone can repeat (inode numbers are reused, mtime ticks coarsely).
 */
export function contentVersion(statVersion: string, content: Uint8Array | string | null): string {
  return content === null || statVersion === 'missing'
    ? 'missing'
    : `${statVersion}#${textHash(content)}`;
}

/** Whether a version (with or without its hash) has the stat part `statVersion`. */
export function sameStat(version: string | undefined, statVersion: string): boolean {
  return version !== undefined && version.split('#')[0] === statVersion;
}
