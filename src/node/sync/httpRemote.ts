import git, { type GitHttpResponse, type HttpClient } from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { durableGitFs, StoreError } from '../store';
import type { RemoteCredentials, RemoteTransport } from './remoteTransport';
import { syncError } from './syncError';
import { WorkbenchError } from '../../shared/contract';
import { isRecord } from '../../shared/collections';
import { errorMessage } from '../../shared/errors';

/**
 * The most bytes Loupe takes from a remote in one answer: git holds a fetched pack whole in
 * memory, so a server that sends more (an endless answer) is cut off instead. A test may
 * lower it.
 */
export const answerLimit = { bytes: 2 * 1024 ** 3 };

/**
 * Runs one git call with isomorphic-git's HTTP client, each answer's body cut off past
 * {@link answerLimit}. The cut is what the call answers, whatever git made of the shortened
 * answer (it may take a body that ends early for a short one).
 */
async function bounded<T>(call: (client: HttpClient) => Promise<T>): Promise<T> {
  let cut: WorkbenchError | null = null;
  async function* limited(body: NonNullable<GitHttpResponse['body']>, url: string) {
    let total = 0;
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > answerLimit.bytes) {
        cut = syncError(
          'invalid',
          `the remote ${url} sent more than ${answerLimit.bytes} bytes in one answer, more than Loupe takes from a remote; nothing was changed (check the remote's address, or that its history holds only the project)`,
        );
        throw cut;
      }
      yield chunk;
    }
  }
  const client: HttpClient = {
    async request(request) {
      const response = await http.request(request);
      return response.body ? { ...response, body: limited(response.body, request.url) } : response;
    },
  };
  let result: T;
  try {
    result = await call(client);
  } catch (error) {
    throw cut ?? error;
  }
  if (cut) throw cut;
  return result;
}

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
    const refs = await bounded((client) =>
      git.listServerRefs({
        http: client,
        url: this.url,
        onAuth: this.onAuth,
        prefix: `refs/heads/${branch}`,
      }),
    ).catch((error: unknown) => {
      throw unreachable(this.url, error);
    });
    if (!refs.some((r) => r.ref === `refs/heads/${branch}`)) return null;
    const result = await bounded((client) =>
      git.fetch({
        fs: durableGitFs,
        http: client,
        dir: this.dir,
        url: this.url,
        ref: branch,
        singleBranch: true,
        tags: false,
        onAuth: this.onAuth,
      }),
    ).catch((error: unknown) => {
      throw unreachable(this.url, error);
    });
    return result.fetchHead;
  }

  async push(branch: string, oid: string, expected: string | null): Promise<void> {
    void [oid, expected]; // the branch is at oid; the server refuses a push that is not a fast-forward
    const result = await bounded((client) =>
      git.push({
        fs: durableGitFs,
        http: client,
        dir: this.dir,
        url: this.url,
        // no ref: the checked-out branch, which the sync moved to oid
        remoteRef: `refs/heads/${branch}`,
        onAuth: this.onAuth,
      }),
    ).catch((error: unknown) => {
      if (isRecord(error) && error.name === 'PushRejectedError')
        throw syncError('rejected', 'a teammate pushed to the remote during this sync; sync again');
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
  // What Loupe refused of the answer (an object too large, too many bytes) is no failure to reach.
  if (error instanceof StoreError || error instanceof WorkbenchError) return error;
  const name = isRecord(error) ? error.name : undefined;
  if (name === 'HttpError' && /401|403/.test(errorMessage(error)))
    return syncError(
      'unreachable',
      `the remote ${url} refused the credentials; save a user name and token in Project › Sync (the app), or set LOUPE_GIT_USERNAME and LOUPE_GIT_TOKEN (or LOUPE_GIT_CREDENTIAL_HELPER) for loupe sync`,
    );
  return syncError('unreachable', `cannot reach the remote ${url}: ${errorMessage(error)}`);
}
