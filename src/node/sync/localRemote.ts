import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { durableGitFs, StoreError } from '../store';
import type { RemoteTransport } from './remoteTransport';
import { takeRefLock, THIS_PROCESS, type RefLockEnvironment } from './refLock';
import { syncError } from './syncError';

/**
 * A bare repository on a path (a shared drive): isomorphic-git speaks only HTTP to remotes,
 * so objects are copied between the two repositories with its object API (each verified by
 * its hash as it is written) and the remote branch moves under git's own ref lock
 * (`<ref>.lock`, created exclusively, renamed over the ref), as git itself does; a lock left by a
 * killed sync on this machine is taken over at once (`refLock.ts`).
 */
export class LocalRemote implements RemoteTransport {
  constructor(
    private readonly gitdir: string,
    private readonly remoteGitdir: string,
    private readonly lockEnvironment: RefLockEnvironment = THIS_PROCESS,
  ) {}

  async fetch(branch: string): Promise<string | null> {
    await this.checkRemote();
    const tip = await resolve(this.remoteGitdir, `refs/heads/${branch}`);
    if (tip) await copyObjects(this.remoteGitdir, this.gitdir, tip);
    return tip;
  }

  async push(branch: string, oid: string, expected: string | null): Promise<void> {
    await this.checkRemote();
    await copyObjects(this.gitdir, this.remoteGitdir, oid);
    const ref = join(this.remoteGitdir, 'refs', 'heads', branch);
    const lock = `${ref}.lock`;
    await takeRefLock(lock, this.remoteGitdir, this.lockEnvironment);
    try {
      const current = await resolve(this.remoteGitdir, `refs/heads/${branch}`);
      if (current !== expected)
        throw syncError('rejected', 'a teammate pushed to the remote during this sync; sync again');
      const file = await open(lock, 'w');
      await file.write(`${oid}\n`);
      await file.sync();
      await file.close();
      await rename(lock, ref);
    } catch (error) {
      await unlink(lock).catch(() => undefined);
      throw error;
    }
    if (!expected)
      await git.writeRef({
        fs: durableGitFs,
        gitdir: this.remoteGitdir,
        ref: 'HEAD',
        value: `refs/heads/${branch}`,
        symbolic: true,
        force: true,
      });
  }

  private async checkRemote(): Promise<void> {
    const ok = await stat(join(this.remoteGitdir, 'objects')).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!ok)
      throw syncError(
        'unreachable',
        `cannot reach the remote ${this.remoteGitdir}: no git repository there (is the shared drive connected?)`,
      );
  }
}

/** The commit a ref of a repository names, or null when it has none; a ref that is no plain file is refused. */
async function resolve(gitdir: string, ref: string): Promise<string | null> {
  return git.resolveRef({ fs: durableGitFs, gitdir, ref }).catch((error: unknown) => {
    if (error instanceof StoreError) throw error;
    return null;
  });
}

/** git's parsed-pack cache for one copy: each pack of a repository is read and checked once, not once per object. */
type ObjectCache = Record<string, unknown>;

async function has(gitdir: string, oid: string, cache: ObjectCache): Promise<boolean> {
  return git.readObject({ fs: durableGitFs, gitdir, oid, format: 'deflated', cache }).then(
    () => true,
    () => false,
  );
}

/** Objects written to one pack: a pack holds them whole, so this bounds the memory of a copy. */
const PACK_OBJECTS = 4096;

/**
 * Copies every object reachable from `tip` that `to` lacks, children before parents, so an
 * object present in `to` always has everything it refers to (a stopped copy resumes cleanly).
 * They go in packs of at most {@link PACK_OBJECTS}, each written durably and then indexed (git
 * knows a pack only by its index), as git itself receives them: one durable write per object
 * made a history of a thousand commits take minutes. Each object is verified by its hash as
 * the pack is indexed.
 */
export async function copyObjects(from: string, to: string, tip: string): Promise<number> {
  const cache: ObjectCache = {};
  const missing: string[] = [];
  const seen = new Set<string>();
  const stack = [tip];
  while (stack.length > 0) {
    const oid = stack.pop() as string;
    if (seen.has(oid)) continue;
    seen.add(oid);
    if (await has(to, oid, cache)) continue;
    missing.push(oid);
    stack.push(...(await childrenOf(from, oid, cache)));
  }
  missing.reverse();
  for (let at = 0; at < missing.length; at += PACK_OBJECTS)
    await copyPack(from, to, missing.slice(at, at + PACK_OBJECTS), cache);
  return missing.length;
}

/** Writes `oids` of `from` into `to` as one pack and its index; throws when one does not hash to its name. */
async function copyPack(
  from: string,
  to: string,
  oids: readonly string[],
  cache: ObjectCache,
): Promise<void> {
  const { filename, packfile } = await git.packObjects({
    fs: durableGitFs,
    gitdir: from,
    oids: [...oids],
    cache,
  });
  if (!packfile) return;
  const filepath = join('objects', 'pack', filename);
  await mkdir(join(to, 'objects', 'pack'), { recursive: true });
  await durableGitFs.promises.writeFile(join(to, filepath), packfile);
  const indexed = new Set(
    (await git.indexPack({ fs: durableGitFs, dir: to, gitdir: to, filepath, cache })).oids,
  );
  const damaged = oids.find((oid) => !indexed.has(oid));
  if (damaged)
    throw syncError(
      'invalid',
      `object ${damaged} of the remote is damaged (its content does not hash to its name)`,
    );
}

async function childrenOf(gitdir: string, oid: string, cache: ObjectCache): Promise<string[]> {
  const { type, object } = await git.readObject({
    fs: durableGitFs,
    gitdir,
    oid,
    format: 'parsed',
    cache,
  });
  if (type === 'commit') {
    const commit = object as { tree: string; parent: string[] };
    return [commit.tree, ...commit.parent];
  }
  if (type === 'tree') {
    return (object as { mode: string; oid: string }[])
      .filter((e) => e.mode !== '160000')
      .map((e) => e.oid);
  }
  if (type === 'tag') return [(object as { object: string }).object];
  return [];
}
