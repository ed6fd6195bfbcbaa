import {
  conflictId,
  mergeJson,
  settleTimestamps,
  type Json,
  type JsonConflict,
  type SyncConflict,
} from '../../shared/sync';
import { stableStringify, type ProjectFile } from '../store';

/** Who wrote each side of a merge, for the conflict records. */
export interface MergeSides {
  readonly ours: string;
  readonly theirs: string;
}

/** A file merged from two changed versions: its bytes (null: removed) and what conflicted in it. */
export interface MergedFile {
  readonly content: Uint8Array | null;
  readonly conflicts: readonly SyncConflict[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Merges one file both sides changed, by meaning: JSON files (manifest, entities, document
 * metadata, layers) with {@link mergeJson}; a value changed two ways keeps ours and becomes a
 * conflict record. Other files (texts never change; a damaged file) keep ours, recorded too.
 */
export function mergeFile(
  path: string,
  kind: ProjectFile,
  versions: { base: Uint8Array | null; ours: Uint8Array | null; theirs: Uint8Array | null },
  sides: MergeSides,
): MergedFile {
  const [base, ours, theirs] = [parse(versions.base), parse(versions.ours), parse(versions.theirs)];
  const keepOurs = {
    content: versions.ours,
    conflicts: [record('file', path, [], undefined, sides, undefined, undefined)],
  };
  if (!path.endsWith('.json') || base === null || ours === null || theirs === null) return keepOurs;
  try {
    return mergeValues(path, kind, [base, ours, theirs], sides);
  } catch {
    return keepOurs; // nested deeper than a merge can walk: as unreadable as a damaged file
  }
}

function mergeValues(
  path: string,
  kind: ProjectFile,
  [base, ours, theirs]: (Json | undefined)[],
  sides: MergeSides,
): MergedFile {
  const subject = subjectOf(path, kind);
  const raw = mergeJson(base, ours, theirs);
  const merged = kind.kind === 'layerFile' ? settleTimestamps(raw) : raw;
  const conflicts: SyncConflict[] = [];
  let value = merged.value;
  for (const c of merged.conflicts) {
    const key = c.path.length === 1 ? c.path[0] : undefined;
    if (kind.kind === 'layerFile' && (key === 'updatedAt' || key === 'journalSeq')) {
      value = { ...(value as Record<string, Json>), [key]: latest(c.ours, c.theirs) };
      continue;
    }
    conflicts.push(record(subject.kind, subject.name, c.path, c.base, sides, c.ours, c.theirs));
  }
  const content = value === undefined ? null : new TextEncoder().encode(stableStringify(value));
  return { content, conflicts };
}

/** Conflicts found merging one annotator's layer edited on two machines, as conflict records. */
export function layerConflictRecords(
  annotator: string,
  id: string,
  conflicts: readonly JsonConflict[],
  sides: MergeSides,
): SyncConflict[] {
  return conflicts.map((c) =>
    record('layer', `${annotator}/${id}`, c.path, c.base, sides, c.ours, c.theirs),
  );
}

function record(
  kind: SyncConflict['kind'],
  subject: string,
  field: readonly (string | number)[],
  base: Json | undefined,
  sides: MergeSides,
  ours: Json | undefined,
  theirs: Json | undefined,
): SyncConflict {
  return {
    id: conflictId(kind, subject, field),
    kind,
    subject,
    field: [...field],
    ...(base === undefined ? {} : { base }),
    values: [
      { annotator: sides.ours, ...(ours === undefined ? {} : { value: ours }) },
      { annotator: sides.theirs, ...(theirs === undefined ? {} : { value: theirs }) },
    ],
  };
}

function subjectOf(path: string, kind: ProjectFile): { kind: SyncConflict['kind']; name: string } {
  switch (kind.kind) {
    case 'entity':
      return { kind: 'entity', name: kind.id };
    case 'manifest':
      return { kind: 'schema', name: 'schema' };
    case 'layerFile':
      return { kind: 'layer', name: `${kind.annotator}/${kind.id}` };
    case 'documentMeta':
      return { kind: 'document', name: kind.id };
    default:
      return { kind: 'file', name: path };
  }
}

/** Parsed JSON of a version: undefined when absent, null when it is not JSON. */
function parse(bytes: Uint8Array | null): Json | undefined | null {
  if (bytes === null) return undefined;
  try {
    return JSON.parse(decoder.decode(bytes)) as Json;
  } catch {
    return null;
  }
}

function latest(a: Json | undefined, b: Json | undefined): Json {
  if (typeof a === 'number' && typeof b === 'number') return Math.max(a, b);
  const [x, y] = [String(a ?? ''), String(b ?? '')];
  return x > y ? x : y;
}
