import type { CredentialVault } from '../settings/credentialVault';
import { credentialsFromHelper } from './credentialHelper';
import { isHttpRemote, type RemoteCredentials } from './remoteTransport';
import { credentialsFromEnv } from './transportFor';

/** Where credentials may come from: the environment (and its helper setting), and the app's keychain vault. */
export interface CredentialSources {
  readonly env: NodeJS.ProcessEnv;
  readonly vault: CredentialVault | null;
}

/**
 * The credentials a sync uses for `remote`, first found of: LOUPE_GIT_USERNAME/LOUPE_GIT_TOKEN,
 * the keychain vault (the desktop app), the git credential helper named by
 * LOUPE_GIT_CREDENTIAL_HELPER. None for a path remote.
 */
export async function credentialsFor(
  remote: string | null,
  sources: CredentialSources,
): Promise<RemoteCredentials> {
  if (!remote || !isHttpRemote(remote)) return {};
  const fromEnv = credentialsFromEnv(sources.env);
  if (fromEnv.token || fromEnv.username) return fromEnv;
  const kept = sources.vault?.get(remote);
  if (kept) return kept;
  const helper = sources.env.LOUPE_GIT_CREDENTIAL_HELPER;
  return helper ? credentialsFromHelper(helper, remote) : {};
}
