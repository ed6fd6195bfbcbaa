import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpRemote } from './httpRemote';
import { LocalRemote } from './localRemote';
import { isHttpRemote, type RemoteCredentials, type RemoteTransport } from './remoteTransport';
import { gitdirOf } from './repository';

/** The transport for a remote address: HTTP(S) through a git server, else a bare repository's path. */
export function transportFor(
  dir: string,
  remote: string,
  credentials: RemoteCredentials,
): RemoteTransport {
  if (isHttpRemote(remote)) return new HttpRemote(dir, remote, credentials);
  const path = remote.startsWith('file://') ? fileURLToPath(remote) : resolve(remote);
  return new LocalRemote(gitdirOf(dir), path);
}

/** Credentials from the environment: LOUPE_GIT_USERNAME and LOUPE_GIT_TOKEN. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): RemoteCredentials {
  return {
    ...(env.LOUPE_GIT_USERNAME ? { username: env.LOUPE_GIT_USERNAME } : {}),
    ...(env.LOUPE_GIT_TOKEN ? { token: env.LOUPE_GIT_TOKEN } : {}),
  };
}
