import { statSync, type BigIntStats } from 'node:fs';
import { textHash } from './textHash';

/**
 * What identifies one state of a file on disk (inode, size, modification time in ns), or
 * 'missing'. Every atomic write makes a new inode, so a changed file has a new version.
 * Asked on the event loop: a stat of a local file takes microseconds and writes nothing, and
 * an edit takes several before it writes; each through the thread pool was a round trip of
 * its own, milliseconds each on a busy machine, in every acknowledged edit.
 */
export function fileVersion(path: string): string {
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
