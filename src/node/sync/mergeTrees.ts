import {
  mergeJson,
  syncConflictsFileSchema,
  type Json,
  type SyncConflict,
  type SyncConflictsFile,
} from '../../shared/sync';
import {
  CONFLICTS_FILE,
  layerFilePaths,
  MANIFEST_FILE,
  mergeLayerFiles,
  jsonTextOf,
  parseJsonText,
  projectFileKind,
  stableStringify,
  type ProjectFile,
  type SyncedFile,
} from '../store';
import { keepUsedLabels } from './keepUsedLabels';
import { layerConflictRecords, mergeFile, type MergeSides } from './mergeFile';
import { checkedManifest } from './checkedManifest';
import { syncError } from './syncError';
import { errorMessage } from '../../shared/errors';
import { readBlob, treeFiles } from './treeFiles';

/** The commits of a three-way merge. */
export interface MergeCommits {
  readonly base: string | null;
  readonly ours: string;
  readonly theirs: string;
}

/** What a merge changes in our working files, and the conflicts it found. */
export interface TreeMerge {
  readonly files: readonly SyncedFile[];
  readonly newConflicts: readonly SyncConflict[];
}

/**
 * Merges their commit into ours, file by file: a file only one side changed takes that
 * change (an annotator's own files are only ever changed by that annotator, so layers never
 * conflict); a file both changed is merged by meaning ({@link mergeFile}); conflicts are added
 * to the shared conflicts file, which itself merges by conflict id.
 */
export async function mergeTrees(
  dir: string,
  commits: MergeCommits,
  sides: MergeSides,
): Promise<TreeMerge> {
  const [b, o, t] = await Promise.all([
    treeFiles(dir, commits.base),
    treeFiles(dir, commits.ours),
    treeFiles(dir, commits.theirs),
  ]);
  const read = async (oid: string | undefined) => (oid ? readBlob(dir, oid) : null);
  const files: SyncedFile[] = [];
  const newConflicts: SyncConflict[] = [];
  const layers = await mergeLayersBothChanged(dir, [b, o, t], sides);
  files.push(...layers.files);
  newConflicts.push(...layers.conflicts);
  for (const path of new Set([...b.keys(), ...o.keys(), ...t.keys()])) {
    const kind = projectFileKind(path);
    if (kind?.kind === 'conflicts' || layers.handled.has(path)) continue;
    const [bo, oo, to] = [b.get(path)?.oid, o.get(path)?.oid, t.get(path)?.oid];
    if (oo === to || bo === to) continue;
    if (bo === oo) {
      files.push({ path, content: await read(to) });
      continue;
    }
    const merged = mergeFile(
      path,
      kind as ProjectFile,
      { base: await read(bo), ours: await read(oo), theirs: await read(to) },
      sides,
    );
    files.push({ path, content: merged.content });
    newConflicts.push(...merged.conflicts);
  }
  const manifestOf = async (tree: Map<string, { oid: string }>, commit: string) => {
    const bytes = await read(tree.get(MANIFEST_FILE)?.oid);
    return bytes ? checkedManifest(bytes, commit) : null;
  };
  const corrected = await keepUsedLabels(
    files,
    { ours: await manifestOf(o, commits.ours), theirs: await manifestOf(t, commits.theirs) },
    (p) => read(o.get(p)?.oid),
    [...new Set([...o.keys(), ...t.keys()])],
  );
  files.splice(0, files.length, ...corrected);
  const path = CONFLICTS_FILE;
  const [bc, oc, tc] = await Promise.all(
    // The base's copy is history: one no longer readable stops no sync.
    [b, o, t].map(async (tree) => conflictsOf(await read(tree.get(path)?.oid), tree === b)),
  );
  const united = mergeJson(bc as unknown as Json, oc as unknown as Json, tc as unknown as Json)
    .value as unknown as SyncConflictsFile;
  const byId = new Map(united.conflicts.map((c) => [c.id, c]));
  for (const c of newConflicts) byId.set(c.id, c);
  const next: SyncConflictsFile = { formatVersion: 1, conflicts: [...byId.values()] };
  if (stableStringify(next) !== stableStringify(oc)) {
    const empty = next.conflicts.length === 0 && !o.has(path);
    files.push({ path, content: empty ? null : new TextEncoder().encode(stableStringify(next)) });
  }
  return { files, newConflicts };
}

type Tree = Map<string, { oid: string }>;

/**
 * Layers one annotator changed on both sides (the same person on two machines): snapshot and
 * journal merged together by meaning, never file by file (a journal's records only make sense
 * on top of its own snapshot). Answers the files written and the paths it settled.
 */
async function mergeLayersBothChanged(
  dir: string,
  [b, o, t]: [Tree, Tree, Tree],
  sides: MergeSides,
): Promise<{ files: SyncedFile[]; conflicts: SyncConflict[]; handled: Set<string> }> {
  const groups = new Map<string, { annotator: string; id: string }>();
  for (const path of new Set([...o.keys(), ...t.keys()])) {
    const kind = projectFileKind(path);
    if (kind?.kind === 'layerFile') groups.set(`${kind.annotator}/${kind.id}`, kind);
  }
  const out = {
    files: [] as SyncedFile[],
    conflicts: [] as SyncConflict[],
    handled: new Set<string>(),
  };
  const bytes = async (tree: Tree, path: string) => {
    const oid = tree.get(path)?.oid;
    return oid ? readBlob(dir, oid) : null;
  };
  for (const { annotator, id } of groups.values()) {
    const paths = layerFilePaths(annotator, id);
    const both = [paths.snapshot, paths.journal];
    const changed = (x: Tree) => both.some((p) => b.get(p)?.oid !== x.get(p)?.oid);
    const same = both.every((p) => o.get(p)?.oid === t.get(p)?.oid);
    if (same || !changed(o) || !changed(t)) continue;
    const version = async (tree: Tree) => ({
      snapshot: await bytes(tree, paths.snapshot),
      journal: await bytes(tree, paths.journal),
    });
    const merged = mergeLayerFiles(annotator, id, {
      base: await version(b),
      ours: await version(o),
      theirs: await version(t),
    });
    out.files.push(...merged.files);
    out.conflicts.push(...layerConflictRecords(annotator, id, merged.conflicts, sides));
    for (const p of both) out.handled.add(p);
  }
  return out;
}

/**
 * The conflicts a version of the shared file lists, none when it is absent. A file that is no
 * conflicts file this Loupe reads (damaged, or a newer Loupe's: a kind of conflict it does not
 * know) is refused by name, never read as none: a sync would write the conflicts it finds over
 * the ones it holds. `lenient` (a merge base's copy) reads it as none.
 */
export function conflictsOf(bytes: Uint8Array | null, lenient = false): SyncConflictsFile {
  const none: SyncConflictsFile = { formatVersion: 1, conflicts: [] };
  if (!bytes) return none;
  let reason: string;
  try {
    const json = parseJsonText(jsonTextOf(bytes, CONFLICTS_FILE), CONFLICTS_FILE);
    const parsed = syncConflictsFileSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    reason = `${CONFLICTS_FILE}: does not match the schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`;
  } catch (error) {
    reason = errorMessage(error);
  }
  if (lenient) return none;
  throw syncError(
    'invalid',
    `${reason}; Loupe leaves the conflicts it records as they are rather than write others over them: restore it from git or mend it (a newer Loupe may have written it), and sync again`,
  );
}
