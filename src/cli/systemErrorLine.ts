import { isRecord } from '../shared/collections';

/**
 * The one line to print for a failure the operating system reported (a folder without write
 * permission, a path through a file, a full disk): Node's own message, which names the code,
 * the call and the path. Null for anything else, which is Loupe's own fault and keeps its trace.
 * @example systemErrorLine(eaccesFromMkdir) === "EACCES: permission denied, mkdir '/srv/p'"
 */
export function systemErrorLine(error: unknown): string | null {
  if (!(error instanceof Error) || !isRecord(error)) return null;
  const { code, syscall } = error;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code) || typeof syscall !== 'string')
    return null;
  return error.message;
}
