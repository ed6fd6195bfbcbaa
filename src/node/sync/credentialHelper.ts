import { execFile } from 'node:child_process';
import { isAbsolute } from 'node:path';
import type { RemoteCredentials } from './remoteTransport';
import { syncError } from './syncError';

/**
 * The program and arguments git would run for a credential helper setting, without a shell:
 * `store --file ~/.git-credentials` → `git-credential-store --file … get`; an absolute path runs
 * as given.
 * @example helperCommand('store --file /tmp/c') // ['git-credential-store', ['--file', '/tmp/c', 'get']]
 */
export function helperCommand(setting: string): [string, string[]] {
  const [name = '', ...args] = setting.trim().split(/\s+/);
  const program =
    isAbsolute(name) || name.startsWith('git-credential-') ? name : `git-credential-${name}`;
  return [program, [...args, 'get']];
}

/** Parses a helper's answer (`key=value` lines, git's credential protocol). */
export function parseHelperAnswer(answer: string): RemoteCredentials {
  const values = new Map<string, string>();
  for (const line of answer.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) values.set(line.slice(0, at), line.slice(at + 1).replace(/\r$/, ''));
  }
  const username = values.get('username');
  const token = values.get('password');
  return { ...(username ? { username } : {}), ...(token ? { token } : {}) };
}

/**
 * Asks a git credential helper (git's protocol: `protocol`, `host`, `path` on stdin) for a
 * remote's credentials, as `git` itself would; a helper that fails is a clear sync error.
 */
export function credentialsFromHelper(setting: string, remote: string): Promise<RemoteCredentials> {
  const url = new URL(remote);
  const [program, args] = helperCommand(setting);
  const question = `protocol=${url.protocol.replace(/:$/, '')}\nhost=${url.host}\npath=${url.pathname.replace(/^\//, '')}\n\n`;
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      args,
      { timeout: 30_000, encoding: 'utf8' },
      (error, stdout) => {
        if (error)
          reject(
            syncError(
              'unreachable',
              `the credential helper ${program} failed (${error.message.split('\n')[0]}); check LOUPE_GIT_CREDENTIAL_HELPER`,
            ),
          );
        else resolve(parseHelperAnswer(stdout));
      },
    );
    child.stdin?.end(question);
  });
}
