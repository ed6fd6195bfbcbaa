import git from 'isomorphic-git';
import { durableGitFs as fs } from '../store';
import { syncError } from './syncError';

/** Most commits one comparison reads: a history that differs by more is refused, not walked. */
export const MAX_WALKED_COMMITS = 200_000;

/** How two commits stand: their merge bases, and the commits only one of them reaches. */
export interface TipComparison {
  /** The common ancestors no other common ancestor descends from, newest first (none: unrelated histories). */
  readonly bases: readonly string[];
  /** Commits `a` reaches and `b` does not (`git rev-list --count b..a`). */
  readonly onlyA: number;
  /** Commits `b` reaches and `a` does not. */
  readonly onlyB: number;
  /** Commits read to find out: those only one side reaches, and a few shared ones. */
  readonly read: number;
}

const A = 1;
const B = 2;
/** Reached from both sides through a common ancestor: nothing below it is counted. */
const STALE = 4;

interface Walked {
  flags: number;
  /** Its commit time, no later than that of the child it was reached from (see compareTips). */
  time: number;
  readonly parents: readonly string[];
}

/**
 * Compares two commits by walking down from both at once, newest commit first, as git's merge
 * base does ("paint down to common"): each commit is marked with the sides that reach it, a
 * commit both reach is a common ancestor whose own ancestors are no longer followed, and the
 * walk ends when only such commits are left. So it reads the commits one side has and the
 * other lacks, and a few shared ones, however long the shared history: a sync between two
 * clones of a history of 30,000 commits reads the handful either made since. A commit counts
 * as no later than the child it was reached from nor than the older tip, and commits of one
 * time are taken in the order they were reached, so shared commits "from the future" (a
 * teammate's clock ahead) are not walked before the other side arrives. What git's own walk
 * cannot avoid without a commit-graph remains: a side whose new commits are dated before
 * shared ones (its clock behind) has the shared commits dated after them walked too, and then
 * the counts and bases may be approximate; containment (`onlyB === 0`: `a` holds `b`) is exact
 * however the commits are dated. A comparison that would read more than
 * `limit` ({@link MAX_WALKED_COMMITS}) commits is refused with what to do.
 * @example await compareTips(dir, head, fetched) → { bases: ['9f2…'], onlyA: 1, onlyB: 2, read: 4 }
 */
export async function compareTips(
  dir: string,
  a: string,
  b: string,
  limit = MAX_WALKED_COMMITS,
): Promise<TipComparison> {
  const cache = {};
  const walked = new Map<string, Walked>();
  const queue = new CommitQueue();
  const read = async (oid: string, childTime: number): Promise<Walked> => {
    const known = walked.get(oid);
    if (known) return known;
    if (walked.size >= limit) throw tooFarApart(limit);
    const { commit } = await git.readCommit({ fs, dir, oid, cache });
    const time = Math.min(commit.committer.timestamp, childTime);
    const entry = { flags: 0, time, parents: commit.parent };
    walked.set(oid, entry);
    return entry;
  };
  const mark = async (oid: string, flags: number, childTime = Infinity) => {
    const entry = await read(oid, childTime);
    if ((entry.flags & flags) === flags) return;
    entry.flags |= flags;
    queue.push(oid, entry.time, entry.flags);
  };
  // Nothing counts as later than the older tip: commits "from the future" are taken as they come.
  const tips = await Promise.all([read(a, Infinity), read(b, Infinity)]);
  const older = Math.min(...tips.map((t) => t.time));
  for (const tip of tips) tip.time = Math.min(tip.time, older);
  await mark(a, A);
  await mark(b, B);
  const common: string[] = [];
  while (queue.hasLive()) {
    const oid = queue.pop();
    const entry = oid === undefined ? undefined : walked.get(oid);
    if (oid === undefined || !entry) break;
    let flags = entry.flags;
    if ((flags & (A | B)) === (A | B) && (flags & STALE) === 0) {
      common.push(oid);
      flags |= STALE;
      entry.flags = flags;
    }
    for (const parent of entry.parents) await mark(parent, flags, entry.time);
  }
  const only = (side: number) =>
    [...walked.values()].filter((e) => (e.flags & (A | B | STALE)) === side).length;
  return {
    bases: common.length > 1 ? common.filter(notBelow(common)) : common,
    onlyA: only(A),
    onlyB: only(B),
    read: walked.size,
  };

  /** Keeps the common ancestors that are not ancestors of another one (reached stale from it). */
  function notBelow(all: readonly string[]): (oid: string) => boolean {
    const below = new Set<string>();
    for (const oid of all)
      for (const parent of walked.get(oid)?.parents ?? [])
        collectBelow(parent, below, new Set(all));
    return (oid) => !below.has(oid);
  }

  /** Marks the common ancestors reachable below `oid` among the commits walked. */
  function collectBelow(oid: string, below: Set<string>, targets: ReadonlySet<string>): void {
    const stack = [oid];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const next = stack.pop();
      if (next === undefined || seen.has(next)) continue;
      seen.add(next);
      if (targets.has(next)) below.add(next);
      stack.push(...(walked.get(next)?.parents ?? []));
    }
  }
}

function tooFarApart(limit: number): Error {
  return syncError(
    'invalid',
    `the remote's history and this project's differ by more than ${limit} commits, more than Loupe compares; clone the remote into a new folder (loupe clone) and import your work there`,
  );
}

/**
 * Commits to walk, newest first by commit time (then in the order they came). A commit is
 * queued again when it gains a side; the walk goes on while a commit queued without STALE
 * is left (one that turned stale while queued keeps it going until it is taken: a little more
 * walking, never less).
 */
class CommitQueue {
  private readonly heap: { oid: string; time: number; order: number; live: boolean }[] = [];
  private live = 0;
  private pushed = 0;

  push(oid: string, time: number, flags: number): void {
    const live = (flags & STALE) === 0;
    if (live) this.live++;
    this.heap.push({ oid, time, order: this.pushed++, live });
    let at = this.heap.length - 1;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (!this.before(at, up)) break;
      this.swap(at, up);
      at = up;
    }
  }

  pop(): string | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (top.live) this.live--;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.sink(0);
    }
    return top.oid;
  }

  hasLive(): boolean {
    return this.live > 0;
  }
  private sink(at: number): void {
    for (;;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let best = at;
      if (left < this.heap.length && this.before(left, best)) best = left;
      if (right < this.heap.length && this.before(right, best)) best = right;
      if (best === at) return;
      this.swap(at, best);
      at = best;
    }
  }

  private before(i: number, j: number): boolean {
    const [x, y] = [this.heap[i], this.heap[j]];
    if (!x || !y) return false;
    return x.time !== y.time ? x.time > y.time : x.order < y.order;
  }

  private swap(i: number, j: number): void {
    const [x, y] = [this.heap[i], this.heap[j]];
    if (!x || !y) return;
    this.heap[i] = y;
    this.heap[j] = x;
  }
}
