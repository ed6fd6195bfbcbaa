import { lstatSync } from 'node:fs';
import { atomicWrite } from './atomicWrite';
import { readOnlyJournalReason, removeJournal } from './layerJournal';
import { encodeLayerSnapshot } from './layerSnapshot';
import { layerVersion, type LayerPaths, type LayerState } from './layerState';

/**
 * Folds a layer's journal into a new snapshot of its open copy, then removes the journal: the
 * layer's state after, or why the journal was left as it is (read-only: never folded, removed
 * or written), or null when the files changed underneath since they were read (a reader will
 * see it). A crash between the two steps leaves records the new snapshot's sequence number
 * skips; a failure (a full disk) leaves journal and snapshot as they were.
 */
export async function foldJournal(
  paths: LayerPaths,
  state: LayerState,
): Promise<{ state: LayerState } | { left: string } | null> {
  if (layerVersion(paths) !== state.version) return null;
  const mode = lstatSync(paths.journal, { throwIfNoEntry: false })?.mode;
  const readOnly = mode === undefined ? null : readOnlyJournalReason(mode);
  if (readOnly)
    return {
      left: `${paths.journalFile}: ${readOnly}: Loupe left it as it is, not folded into its snapshot; make it writable (chmod u+w) for Loupe to fold it in`,
    };
  const text = encodeLayerSnapshot(state.layer, state.seq);
  await atomicWrite(paths.snapshot, text);
  await removeJournal(paths.journal);
  return {
    state: {
      ...state,
      version: layerVersion(paths),
      journalLength: 0,
      snapshotLength: Buffer.byteLength(text),
    },
  };
}
