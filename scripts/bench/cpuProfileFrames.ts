/** Tables of a V8 CPU profile's heaviest frames, for the profiling helpers of the bench. */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** A V8 CPU profile (`.cpuprofile`), the fields read here. */
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Several profiles as one (node ids made unique), for one table. */
export function merged(list: readonly Profile[]): Profile {
  const out: Profile = { nodes: [], samples: [], timeDeltas: [] };
  list.forEach((p, i) => {
    const shift = (id: number) => id + i * 1_000_000;
    out.nodes.push(
      ...p.nodes.map((n) => ({ ...n, id: shift(n.id), children: n.children?.map(shift) ?? [] })),
    );
    out.samples.push(...p.samples.map(shift));
    out.timeDeltas.push(0, ...p.timeDeltas.slice(1));
  });
  return out;
}

/** Time per function (ms) including what it calls, heaviest first. */
export function inclusiveFrames(profile: Profile): [string, number][] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<number, number>();
  const sum = (id: number): number => {
    const node = byId.get(id);
    const t = (self.get(id) ?? 0) + (node?.children ?? []).reduce((a, c) => a + sum(c), 0);
    total.set(id, t);
    return t;
  };
  const children = new Set(profile.nodes.flatMap((n) => n.children ?? []));
  for (const n of profile.nodes) if (!children.has(n.id)) sum(n.id);
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber}`;
    // A recursive function counts once: only its outermost frames.
    byName.set(name, (byName.get(name) ?? 0) + (total.get(node.id) ?? 0));
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, 60);
}

/** Self time per function (ms), heaviest first. */
export function topFrames(profile: Profile): [string, number][] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber}`;
    byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, 45);
}
