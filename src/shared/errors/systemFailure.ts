import { errorCode } from './errorCode';

/** Why the system refused, and what the user can do, for the codes a user can meet. */
const WORDS: Record<string, readonly [reason: string, todo: string]> = {
  ENAMETOOLONG: [
    'the name is too long for the file system',
    'choose a shorter file name or a shorter path',
  ],
  ENOSPC: ['the disk is full', 'free some space, or choose another disk, and try again'],
  EDQUOT: ['your disk quota is used up', 'free some space, or choose another disk, and try again'],
  EROFS: ['the disk is read-only', 'choose a place you can write to'],
  EACCES: [
    'permission denied',
    'choose a place you may write to, or ask for permission on this one',
  ],
  EPERM: [
    'the system does not permit it',
    'choose a place you may write to, or ask for permission on this one',
  ],
  ENOTDIR: [
    'a part of the path is a file, not a folder',
    'check the path, or choose one through folders only',
  ],
  EISDIR: ['it is a folder, not a file', 'give the name of a file'],
  ELOOP: [
    'its symbolic links lead round in a loop',
    'fix or remove the link, or choose another path',
  ],
  EEXIST: ['something of that name is already there', 'choose another name, or move it away'],
  ENOENT: ['no such file or folder', 'check the path, or create the folder it goes in'],
  EMFILE: ['too many files are open', 'close some programs and try again'],
  ENFILE: ['too many files are open', 'close some programs and try again'],
  EBUSY: ['it is in use by another program', 'close that program and try again'],
  EIO: ['the disk reported a read or write error', 'check the disk, then try again'],
  EXDEV: ['it lies on another disk', 'choose a place on the same disk'],
  ENOTEMPTY: ['the folder is not empty', 'choose an empty or a new folder'],
  ETXTBSY: ['it is in use by another program', 'close that program and try again'],
};

/** Loupe's temporary name beside a file (`.<name>.<pid>.<8 hex>.tmp`, `.<name>.<8 hex>.tmp`). */
const TEMPORARY = /(^|[\\/])\.([^\\/]+?)(?:\.\d+)?\.[0-9a-f]{8}\.tmp(?=$|[\\/])/u;

/**
 * Why the system refused, in Loupe's words, for a problem line that names the path itself
 * ("no such file or folder", "the name is too long for the file system"); `fallback` when the
 * code is none Loupe words.
 * @example systemReason(enotdir, 'unreadable') === 'a part of the path is a file, not a folder'
 */
export function systemReason(error: unknown, fallback: string): string {
  const code = errorCode(error);
  return (code && WORDS[code]?.[0]) ?? fallback;
}

/**
 * A failure the operating system reported (a full disk, a name too long, a path through a
 * file), in Loupe's words: the path it concerns, why, and what to do; the system's code last,
 * for a search or a bug report. The file Loupe was writing is named, never its hidden
 * temporary sibling. Null for anything without a system error code.
 * @example systemFailure(enametoolong) === "/out/x…x.jsonl: the name is too long for the file system; choose a shorter file name or a shorter path (ENAMETOOLONG)"
 */
export function systemFailure(error: unknown): string | null {
  const code = errorCode(error);
  if (!code || !/^E[A-Z]+$/.test(code) || !(error instanceof Error)) return null;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : undefined;
  const where = path ? `${path.replace(TEMPORARY, '$1$2')}: ` : '';
  const words = WORDS[code];
  if (!words)
    return `${where}the system refused it (${error.message}); check the path and try again`;
  const [reason, todo] = words;
  return `${where}${reason}; ${todo} (${code})`;
}
