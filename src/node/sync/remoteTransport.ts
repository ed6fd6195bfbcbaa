/**
 * How a sync reaches a remote repository: the remote's tip of the branch, and a push that
 * moves it from the tip last seen to ours (refused when a teammate moved it meanwhile).
 */
export interface RemoteTransport {
  /** Brings the remote branch's commits into the local repository; its tip, or null when empty. */
  fetch(branch: string): Promise<string | null>;
  /** Moves the remote branch from `expected` (null: absent) to the local `oid`. */
  push(branch: string, oid: string, expected: string | null): Promise<void>;
}

/** Credentials for an HTTP(S) remote, from the environment (never stored in the project). */
export interface RemoteCredentials {
  readonly username?: string;
  readonly token?: string;
}

/** True when `remote` is an HTTP(S) address; anything else is a path to a bare repository. */
export function isHttpRemote(remote: string): boolean {
  return /^https?:\/\//i.test(remote);
}

/** Refuses an address that carries credentials: they would be stored in the repository's config. */
export function remoteWithoutCredentials(remote: string): string | null {
  if (!isHttpRemote(remote)) return null;
  const url = new URL(remote);
  if (url.username || url.password)
    return 'the remote address holds a user name or password; remove it and set LOUPE_GIT_USERNAME and LOUPE_GIT_TOKEN instead';
  return null;
}
