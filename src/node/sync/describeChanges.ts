import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import type { TeammateChange } from '../../shared/sync';
import { durableGitFs as fs, MANIFEST_FILE, projectFileKind } from '../store';
import type { WorkingChange } from './repository';
import { treeFiles } from './treeFiles';

function count(n: number, one: string, many: string, what: string): string {
  return `${n} ${n === 1 ? one : many} ${what}`;
}

/**
 * A commit message people can read, from what changed in the project:
 * "alice: 3 documents annotated, 1 label added".
 */
export async function commitMessage(
  dir: string,
  head: string | null,
  changes: readonly WorkingChange[],
  annotator: string,
): Promise<string> {
  const own = new Set<string>();
  const others = new Set<string>();
  const parts: string[] = [];
  let documents = 0;
  let entities = 0;
  let conflicts = false;
  for (const change of changes) {
    const kind = projectFileKind(change.path);
    if (kind?.kind === 'layerFile')
      (kind.annotator === annotator ? own : others).add(`${kind.annotator}/${kind.id}`);
    if (kind?.kind === 'text' && !change.removed) documents += 1;
    if (kind?.kind === 'entity') entities += 1;
    if (kind?.kind === 'conflicts') conflicts = true;
  }
  if (own.size > 0) parts.push(count(own.size, 'document', 'documents', 'annotated'));
  if (documents > 0) parts.push(count(documents, 'document', 'documents', 'added'));
  if (others.size > 0) parts.push(count(others.size, 'layer', 'layers', 'of others changed'));
  if (entities > 0) parts.push(count(entities, 'entity', 'entities', 'changed'));
  if (changes.some((c) => c.path === MANIFEST_FILE)) parts.push(...(await labelChanges(dir, head)));
  if (conflicts) parts.push('conflicts resolved');
  return `${annotator}: ${parts.length > 0 ? parts.join(', ') : 'project files changed'}`;
}

async function labelChanges(dir: string, head: string | null): Promise<string[]> {
  const before = head
    ? await git
        .readBlob({ fs, dir, oid: head, filepath: MANIFEST_FILE })
        .then((r) => labelNames(new TextDecoder().decode(r.blob)))
        .catch(() => new Set<string>())
    : new Set<string>();
  const after = labelNames(await readFile(join(dir, MANIFEST_FILE), 'utf8').catch(() => '{}'));
  const added = [...after].filter((n) => !before.has(n)).length;
  const removed = [...before].filter((n) => !after.has(n)).length;
  const parts: string[] = [];
  if (added > 0) parts.push(count(added, 'label', 'labels', 'added'));
  if (removed > 0) parts.push(count(removed, 'label', 'labels', 'removed'));
  return parts.length > 0 ? parts : ['schema changed'];
}

function labelNames(text: string): Set<string> {
  try {
    const manifest = JSON.parse(text) as { schema?: { labels?: { name?: unknown }[] } };
    return new Set((manifest.schema?.labels ?? []).map((l) => String(l.name)));
  } catch {
    return new Set();
  }
}

/** Documents whose layers each teammate (not `self`) changed between two commits. */
export async function teammateChanges(
  dir: string,
  from: string | null,
  to: string | null,
  self: string,
): Promise<TeammateChange[]> {
  if (!to || from === to) return [];
  const [a, b] = await Promise.all([treeFiles(dir, from), treeFiles(dir, to)]);
  const byAnnotator = new Map<string, Set<string>>();
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(path)?.oid === b.get(path)?.oid) continue;
    const kind = projectFileKind(path);
    if (kind?.kind !== 'layerFile' || kind.annotator === self) continue;
    const set = byAnnotator.get(kind.annotator) ?? new Set<string>();
    set.add(kind.id);
    byAnnotator.set(kind.annotator, set);
  }
  return [...byAnnotator]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([annotator, documents]) => ({ annotator, documents: [...documents].sort() }));
}
