import type { Layer } from '../../shared/model';
import { keepProtoFields, layerSchema } from '../../shared/model';
import { mergeJson, settleTimestamps, type Json, type JsonConflict } from '../../shared/sync';
import { applyLayerEdit } from './layerEdit';
import { jsonTextOf } from './jsonErrorLine';
import { decodeJournal } from './journalRecords';
import { decodeLayerSnapshot, encodeLayerSnapshot } from './layerSnapshot';
import { projectLayout as at } from './projectLayout';

/** One version of a layer's two files as a commit holds them (null: absent). */
export interface LayerFileBytes {
  readonly snapshot: Uint8Array | null;
  readonly journal: Uint8Array | null;
}

/** A layer merged from two machines: the files to write (null content: remove) and its conflicts. */
export interface MergedLayerFiles {
  readonly files: readonly { readonly path: string; readonly content: Uint8Array | null }[];
  readonly conflicts: readonly JsonConflict[];
}

/** The project-relative, '/'-separated paths of a layer's snapshot and journal. */
export function layerFilePaths(
  annotator: string,
  id: string,
): { snapshot: string; journal: string } {
  const rel = (path: string) => path.split('\\').join('/');
  return {
    snapshot: rel(at.layer('', annotator, id)),
    journal: rel(at.layerJournal('', annotator, id)),
  };
}

/** A version's layer (snapshot with its newer journal records replayed) and the last sequence number. */
function layerOf(bytes: LayerFileBytes, file: string): { layer: Layer; seq: number } | undefined {
  if (!bytes.snapshot) return undefined;
  const snapshot = decodeLayerSnapshot(jsonTextOf(bytes.snapshot, file), file);
  let { layer } = snapshot;
  let seq = snapshot.journalSeq;
  const journal = bytes.journal ? Buffer.from(bytes.journal) : null;
  for (const record of decodeJournal(journal, `${file} journal`).records) {
    if (record.seq <= snapshot.journalSeq) continue;
    layer = applyLayerEdit(layer, record.edit);
    seq = record.seq;
  }
  return { layer, seq };
}

/**
 * Merges one annotator's layer edited on two machines (the same person on a desktop and a
 * laptop): each side's snapshot with its journal replayed, united by meaning ({@link mergeJson}:
 * spans, stances and relations by id, so edits of different items all survive) and written
 * back as one snapshot with no journal. An item changed two ways keeps ours and is returned as
 * a conflict for a person to settle; `updatedAt` takes the later time.
 */
export function mergeLayerFiles(
  annotator: string,
  id: string,
  versions: { base: LayerFileBytes; ours: LayerFileBytes; theirs: LayerFileBytes },
): MergedLayerFiles {
  const paths = layerFilePaths(annotator, id);
  try {
    return mergeDecoded(paths, versions);
  } catch (error) {
    // A side that cannot be read or a union that is no valid layer: ours stays, for a person to settle.
    const ours = versions.ours;
    return {
      files: [
        { path: paths.snapshot, content: ours.snapshot },
        { path: paths.journal, content: ours.journal },
      ],
      conflicts: [
        { path: [(error as Error).message], base: undefined, ours: undefined, theirs: undefined },
      ],
    };
  }
}

function mergeDecoded(
  paths: { snapshot: string; journal: string },
  versions: { base: LayerFileBytes; ours: LayerFileBytes; theirs: LayerFileBytes },
): MergedLayerFiles {
  const [base, ours, theirs] = [versions.base, versions.ours, versions.theirs].map((v) =>
    layerOf(v, paths.snapshot),
  );
  const merged = settleTimestamps(
    mergeJson(
      base?.layer as Json | undefined,
      ours?.layer as Json | undefined,
      theirs?.layer as Json | undefined,
    ),
  );
  const conflicts = merged.conflicts;
  const value = merged.value;
  const seq = Math.max(ours?.seq ?? 0, theirs?.seq ?? 0);
  const layer = value === undefined ? null : keepProtoFields(value, layerSchema.parse(value));
  const snapshot = layer ? new TextEncoder().encode(encodeLayerSnapshot(layer, seq)) : null;
  const files: { path: string; content: Uint8Array | null }[] = [
    { path: paths.snapshot, content: snapshot },
  ];
  // The journal is folded into the snapshot; only ours can be on disk here.
  if (versions.ours.journal) files.push({ path: paths.journal, content: null });
  return { files, conflicts };
}
