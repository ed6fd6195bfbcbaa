import { lstatSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import type { Layer } from '../../shared/model';
import { atomicWrite, type FolderSyncs } from './atomicWrite';
import { ensureFolder } from './ensureFolder';
import { lastJournalSeq } from './journalRecords';
import { refuseReadOnlyJournal, removeJournal } from './layerJournal';
import { encodeLayerSnapshot } from './layerSnapshot';
import { layerVersion, readOrNull, type LayerPaths, type LayerState } from './layerState';
import { projectLayout as at } from './projectLayout';

/** A snapshot written: the layer's state now, and how to put its files back as they were. */
export interface WrittenSnapshot {
  readonly state: LayerState;
  readonly undo: () => Promise<void>;
}

/**
 * Writes a checked layer as a whole new snapshot (a new layer, a large change, a file deleted
 * underneath) and removes its journal, keeping the old files' bytes to undo it. Files the
 * folder does not hold are neither read nor removed. Refuses a journal marked not to be touched.
 * Given `folders`, the annotator folder is synced with the batch's instead of at once.
 */
export async function writeLayerSnapshot(
  dir: string,
  paths: LayerPaths,
  valid: Layer,
  seqBefore: number,
  folders?: FolderSyncs,
): Promise<WrittenSnapshot> {
  // A new snapshot removes the journal: never one marked not to be touched.
  const journalMode = lstatSync(paths.journal, { throwIfNoEntry: false })?.mode;
  if (journalMode !== undefined) refuseReadOnlyJournal(paths.journal, journalMode);
  // What is there (a link too, which the read refuses) is read, to be put back by the undo.
  const snapshotThere = lstatSync(paths.snapshot, { throwIfNoEntry: false }) !== undefined;
  const [oldSnapshot, oldJournal] = await Promise.all([
    snapshotThere ? readOrNull(paths.snapshot, paths.snapshotFile) : null,
    journalMode === undefined ? null : readOrNull(paths.journal, paths.journalFile),
  ]);
  // Records a crash could leave in the journal must stay behind the snapshot's sequence number.
  const seq = Math.max(seqBefore, lastJournalSeq(oldJournal));
  await ensureFolder(at.annotations(dir));
  await ensureFolder(at.annotatorFolder(dir, valid.annotator));
  const text = encodeLayerSnapshot(valid, seq);
  await atomicWrite(paths.snapshot, text, undefined, folders);
  if (journalMode !== undefined) await removeJournal(paths.journal);
  const version = layerVersion(paths);
  const state = {
    layer: valid,
    version,
    reported: version,
    seq,
    journalLength: 0,
    snapshotLength: Buffer.byteLength(text),
  };
  const undo = async () => {
    if (oldJournal) await atomicWrite(paths.journal, oldJournal);
    if (oldSnapshot) await atomicWrite(paths.snapshot, oldSnapshot);
    else await removeFile(paths.snapshot);
  };
  return { state, undo };
}

async function removeFile(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
