import { systemFailure } from '../shared/errors';

/**
 * The one line to print for a failure the operating system reported (a folder without write
 * permission, a path through a file, a full disk, a name too long), in Loupe's words: the path,
 * why and what to do (see systemFailure). Null for anything else, which is Loupe's own fault and
 * keeps its trace.
 * @example systemErrorLine(eaccesFromMkdir) === "/srv/p: permission denied; choose a place you may write to, or ask for permission on this one (EACCES)"
 */
export function systemErrorLine(error: unknown): string | null {
  if (!(error instanceof Error) || !('syscall' in error) || typeof error.syscall !== 'string')
    return null;
  return systemFailure(error);
}
