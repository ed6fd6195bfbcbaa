import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { durableGitFs } from '../store';
import type { RemoteCredentials, RemoteTransport } from './remoteTransport';
import { syncError } from './syncError';

/** A remote served over HTTP(S) by a git server, through isomorphic-git's smart-HTTP client. */
export class HttpRemote implements RemoteTransport {
  constructor(
    private readonly dir: string,
    private readonly url: string,
    private readonly credentials: RemoteCredentials,
  ) {}

  private get onAuth() {
    const { username, token } = this.credentials;
    if (!token && !username) return undefined;
    return () => ({ username: username ?? 'loupe', password: token ?? '' });
  }

  async fetch(branch: string): Promise<string | null> {
    const refs = await git
      .listServerRefs({ http, url: this.url, onAuth: this.onAuth, prefix: `refs/heads/${branch}` })
      .catch((error: unknown) => {
        throw unreachable(this.url, error);
      });
    if (!refs.some((r) => r.ref === `refs/heads/${branch}`)) return null;
    const result = await git
      .fetch({
        fs: durableGitFs,
        http,
        dir: this.dir,
        url: this.url,
        ref: branch,
        singleBranch: true,
        tags: false,
        onAuth: this.onAuth,
      })
      .catch((error: unknown) => {
        throw unreachable(this.url, error);
      });
    return result.fetchHead;
  }

  async push(branch: string, oid: string, expected: string | null): Promise<void> {
    void [oid, expected]; // the branch is at oid; the server refuses a push that is not a fast-forward
    const result = await git
      .push({
        fs: durableGitFs,
        http,
        dir: this.dir,
        url: this.url,
        // no ref: the checked-out branch, which the sync moved to oid
        remoteRef: `refs/heads/${branch}`,
        onAuth: this.onAuth,
      })
      .catch((error: unknown) => {
        const name = (error as Error).name;
        if (name === 'PushRejectedError')
          throw syncError(
            'rejected',
            'a teammate pushed to the remote during this sync; sync again',
          );
        throw unreachable(this.url, error);
      });
    if (!result.ok)
      throw syncError(
        'rejected',
        `the remote refused the push: ${result.error ?? 'no reason given'}`,
      );
  }
}

function unreachable(url: string, error: unknown): Error {
  const name = (error as Error).name;
  if (name === 'HttpError' && /401|403/.test((error as Error).message))
    return syncError(
      'unreachable',
      `the remote ${url} refused the credentials; save a user name and token in Project › Sync (the app), or set LOUPE_GIT_USERNAME and LOUPE_GIT_TOKEN (or LOUPE_GIT_CREDENTIAL_HELPER) for loupe sync`,
    );
  return syncError('unreachable', `cannot reach the remote ${url}: ${(error as Error).message}`);
}
