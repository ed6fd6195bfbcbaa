import type { BigIntStats } from 'node:fs';
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
