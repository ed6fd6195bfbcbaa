import { lstatSync } from 'node:fs';
import { relative } from 'node:path';
import { keepProtoFields, layerSchema, type Layer } from '../../shared/model';
import type { FolderSyncs } from './atomicWrite';
import { ChangedOnDiskError } from './changedOnDiskError';
import { checkEdit } from './checkEdit';
import { checkLayer } from './checkLayer';
import type { DocumentIndex } from './documentIndex';
import { diffLayersOnce, isEmptyEdit, type LayerEdit } from './layerEdit';
import { encodeJournalRecord, MAX_JOURNAL_RECORD_BYTES } from './journalRecords';
import { appendJournalRecord, cutJournal, readOnlyJournalNotice } from './layerJournal';
import { foldJournal } from './foldJournal';
import { encodeLayerSnapshot } from './layerSnapshot';
import { plainLayer, spanCountOf } from './layerSpans';
import { countsOf, lightCounts, parseOrNull, type LayerSummaryCounts } from './layerSummary';
import {
  hasJournal,
  layerVersion,
  loadLayer,
  readOrNull,
  versionAfterAppend,
  type LayerPaths,
  type LayerState,
} from './layerState';
import type { LoadProblem } from './loadProblem';
import { projectLayout as at } from './projectLayout';
import { writeLayerSnapshot } from './writeLayerSnapshot';
import { StoreError } from './storeError';
import { WriteQueue } from './writeQueue';

/** Layer writes of every folder in this process, by absolute path: two workbenches on one project check and write one file in turn. */
const layerWrites = new WriteQueue();

/** A journal is folded into its snapshot once it is this long and a quarter of the snapshot. */
const COMPACT_AT_BYTES = 64 * 1024;

/** Puts a layer's files back as they were before a write (run when a commit fails later on). */
export type LayerUndo = () => Promise<void>;

/**
 * The layer files of one project: each layer is a snapshot (`<id>.json`) and a journal of
 * the edits since (`<id>.journal.jsonl`, one checksummed record per acknowledged edit). A
 * save appends the edit's record and fsyncs it, so it costs the edit, not the layer; the
 * journal is folded into the snapshot when it grows and on close. Layers are read lazily,
 * kept open, and written only after checking the files did not change since they were read
 * (another writer, a git pull). A damaged file is recorded as a problem and never
 * overwritten; a snapshot deleted underneath is written again from the open copy.
 */
export class LayerFiles {
  private readonly states = new Map<string, LayerState>();
  private readonly summaries = new Map<string, { stat: string; summary: LayerSummaryCounts }>();
  private readonly damaged = new Map<string, StoreError>();
  /** Versions replaced by this folder's own compactions: an edit based on one still applies. */
  private readonly compactedFrom = new Map<string, { from: string; to: string }>();
  private readonly compactions = new Set<Promise<void>>();
  /** Layers whose journal is long enough to fold in once the commit that grew it has ended. */
  private readonly due = new Set<string>();
  /** Journals a compaction left as they are (read-only), each with why: said when the project closes. */
  private readonly left = new Map<string, string>();
  /** Layer files whose own annotator field names someone else, reported once. */
  private readonly misfiled = new Set<string>();
  private readonly pathsOf = new Map<string, LayerPaths>();

  constructor(
    private readonly dir: string,
    private readonly documents: DocumentIndex,
    private readonly problems: LoadProblem[],
  ) {}

  /** The open copy of a layer (shared: callers never change it; a write replaces it). */
  async read(id: string, annotator: string): Promise<Layer> {
    return plainLayer((await this.stateOf(id, annotator)).layer);
  }

  /**
   * The open copy of a layer when its files are as it was read from, found without waiting
   * (a stat on the event loop); undefined when it must be read ({@link read}).
   */
  freshCopy(id: string, annotator: string): Layer | undefined {
    const paths = this.paths(id, annotator);
    this.throwIfDamaged(paths);
    const cached = this.states.get(paths.snapshot);
    if (!cached) return undefined;
    const version = layerVersion(paths);
    // As stateOf: a snapshot deleted underneath is written again from the open copy.
    return version === 'missing' || version === cached.version
      ? plainLayer(cached.layer)
      : undefined;
  }

  /**
   * The open copy with the version of the files it was read from, for a later write to check
   * against. Its flat `spans` may still be unbuilt (see layerWithSpans): an edit takes the
   * span list behind it instead, and a reader that asks for `spans` gets them built.
   */
  async forEdit(id: string, annotator: string): Promise<{ layer: Layer; version: string }> {
    const state = await this.stateOf(id, annotator);
    return { layer: state.layer, version: state.version };
  }

  /** Status and counts without keeping or checking the whole layer (a light read, remembered until the file changes). */
  async summary(id: string, annotator: string): Promise<LayerSummaryCounts> {
    const paths = this.paths(id, annotator);
    this.throwIfDamaged(paths);
    const version = layerVersion(paths);
    const open = this.states.get(paths.snapshot);
    if (open && (version === 'missing' || version === open.version)) return countsOf(open.layer);
    if (version === 'missing') return { status: 'todo', spanCount: 0, stanceCount: 0 };
    const known = this.summaries.get(paths.snapshot);
    if (known?.stat === version) return known.summary;
    const light = hasJournal(version)
      ? null
      : lightCounts(parseOrNull(await readOrNull(paths.snapshot, paths.snapshotFile)));
    if (!light) return countsOf(await this.read(id, annotator)); // replays, or records and throws the precise problem
    this.summaries.set(paths.snapshot, { stat: version, summary: light });
    return light;
  }

  /**
   * Writes the next value of a layer durably and returns how to put the files back: the
   * edit's journal record when the open copy is what the files hold, else a new snapshot
   * (checked whole). Refused for a damaged file, and with ChangedOnDiskError when the files
   * changed since `basedOn` (else since this folder last read or wrote them). Given `folders`,
   * a new snapshot's folder is synced with the batch's (see syncFolders).
   */
  async write(layer: Layer, basedOn?: string, folders?: FolderSyncs): Promise<LayerUndo> {
    const paths = this.paths(layer.documentId, layer.annotator);
    this.throwIfDamaged(paths);
    // A layer never read here has no basis to be stale against: read it now (a damaged file
    // refuses). A layer without files has nothing to read: the commit checked its folder.
    if (basedOn === undefined && !this.states.has(paths.snapshot) && !this.isAbsent(paths))
      await this.read(layer.documentId, layer.annotator);
    return layerWrites.run(paths.snapshot, async () => {
      const state = this.states.get(paths.snapshot);
      const expected = this.current(paths.snapshot, basedOn ?? state?.version ?? 'missing');
      const now = layerVersion(paths);
      if (now !== expected && now !== 'missing') {
        this.states.delete(paths.snapshot);
        throw new ChangedOnDiskError(paths.snapshotFile);
      }
      const edit =
        state && state.version === now && now !== 'missing' ? this.editOf(state, layer) : null;
      if (edit && state) return this.append(paths, state, layer, edit);
      return this.rewrite(paths, state, layer, folders);
    });
  }

  /**
   * The bytes a write of `layer` would add (for reserving room before a change of several
   * files), or null for a layer without files yet: undoing a new file frees room.
   */
  reservation(layer: Layer): { path: string; data: string } | null {
    const paths = this.paths(layer.documentId, layer.annotator);
    if (layerVersion(paths) === 'missing') return null;
    const state = this.states.get(paths.snapshot);
    const edit = state ? this.editOf(state, layer) : null;
    const record = edit && state ? encodeJournalRecord({ seq: state.seq + 1, edit }) : null;
    if (record && record.length <= MAX_JOURNAL_RECORD_BYTES)
      return { path: paths.journal, data: record.toString('utf8') };
    return { path: paths.snapshot, data: encodeLayerSnapshot(layer, state?.seq ?? 0) };
  }

  /** The version of a layer's files ('missing' without a snapshot): what changed since a sync. */
  async statOf(id: string, annotator: string): Promise<string> {
    const paths = this.paths(id, annotator);
    const now = layerVersion(paths);
    const state = this.states.get(paths.snapshot);
    return state && state.version === now ? state.reported : now;
  }

  /**
   * Starts folding the journals that grew past their size in the background. Called when a
   * commit has ended, never during one: a commit that fails undoes its appends by cutting the
   * journals back, which a compaction in between would defeat.
   */
  compactDue(): void {
    for (const path of this.due) this.compactSoon(path);
    this.due.clear();
  }

  /** Folds every open journal into its snapshot (on close); a failure leaves journal and snapshot as they were. */
  async compactAll(): Promise<void> {
    for (const path of [...this.states.keys()]) this.compactSoon(path);
    await this.settled();
  }

  /** The journals compactions left as they are, and why (`<file>: is read-only (mode 444): …`). */
  journalsLeft(): string[] {
    return [...this.left.values()];
  }

  /**
   * Why Loupe leaves this layer's journal as it is and refuses edits of the layer (it is
   * read-only), as a problem naming the file; null when it may write it. Asked afresh each time:
   * a chmod changes none of the stats a layer's version is made of.
   */
  journalNotice(id: string, annotator: string): LoadProblem | null {
    const paths = this.paths(id, annotator);
    const mode = lstatSync(paths.journal, { throwIfNoEntry: false })?.mode;
    const reason = mode === undefined ? null : readOnlyJournalNotice(mode);
    return reason ? { file: paths.journalFile, reason } : null;
  }

  /** Resolves when the compactions started so far have finished. */
  async settled(): Promise<void> {
    while (this.compactions.size > 0) await Promise.all([...this.compactions]);
  }

  /** The layer as a snapshot would store it, checked against its document; throws what is wrong. */
  validated(layer: Layer, file: string): Layer {
    const meta = this.documents.get(layer.documentId);
    const problem = checkLayer(layer, meta.textHash, meta.length);
    if (problem) throw new StoreError(file, problem, 'offsets');
    return keepProtoFields(layer, layerSchema.parse(layer));
  }

  /** The journal record for going from the open copy to `layer`, or null when a snapshot is due. */
  private editOf(state: LayerState, layer: Layer): LayerEdit | null {
    const limit = Math.max(64, spanCountOf(state.layer) >> 3);
    return diffLayersOnce(state.layer, layer, limit);
  }

  private async append(
    paths: LayerPaths,
    state: LayerState,
    layer: Layer,
    edit: LayerEdit,
  ): Promise<LayerUndo> {
    if (isEmptyEdit(edit)) return async () => undefined;
    checkEdit(edit, layer, this.documents.get(layer.documentId), paths.journalFile);
    const record = encodeJournalRecord({ seq: state.seq + 1, edit });
    // Readers take a longer tail for damage, not for a record cut short: a snapshot holds it.
    if (record.length > MAX_JOURNAL_RECORD_BYTES) return this.rewrite(paths, state, layer);
    const appended = await appendJournalRecord(paths.journal, record, state.journalLength);
    // A journal shared by hard links with a file elsewhere is never written in place.
    if (!appended) return this.rewrite(paths, state, layer);
    const { length } = appended;
    // No stat after the append: the snapshot's was taken just before it, the journal's beside its fdatasync.
    const version = versionAfterAppend(state.version, appended.version);
    const next = { ...state, layer, version, reported: version, seq: state.seq + 1 };
    this.states.set(paths.snapshot, { ...next, journalLength: length });
    if (length > Math.max(COMPACT_AT_BYTES, state.snapshotLength / 4)) this.due.add(paths.snapshot);
    return async () => {
      this.states.delete(paths.snapshot);
      await cutJournal(paths.journal, state.journalLength);
    };
  }

  /** Writes a whole new snapshot (a new layer, a large change, a file deleted underneath). */
  private async rewrite(
    paths: LayerPaths,
    state: LayerState | undefined,
    layer: Layer,
    folders?: FolderSyncs,
  ): Promise<LayerUndo> {
    const valid = this.validated(layer, paths.snapshotFile);
    const written = await writeLayerSnapshot(this.dir, paths, valid, state?.seq ?? 0, folders);
    this.states.set(paths.snapshot, written.state);
    return async () => {
      this.states.delete(paths.snapshot);
      await written.undo();
    };
  }

  /** Folds the journal into a new snapshot in the background; the next write to the layer waits for it. */
  private compactSoon(path: string): void {
    const task = layerWrites
      .run(path, async () => {
        const state = this.states.get(path);
        if (!state || state.journalLength === 0) return;
        const folded = await foldJournal(
          this.paths(state.layer.documentId, state.layer.annotator),
          state,
        );
        if (folded === null) return;
        if ('left' in folded) {
          this.left.set(path, folded.left);
          return;
        }
        this.compactedFrom.set(path, { from: state.version, to: folded.state.version });
        this.states.set(path, folded.state);
      })
      .catch(() => undefined) // a full disk: the journal stays, and is folded in next time
      .finally(() => this.compactions.delete(task));
    this.compactions.add(task);
  }

  /** An edit's basis as it is now: the version a compaction of this folder gave the same content. */
  private current(path: string, version: string): string {
    const moved = this.compactedFrom.get(path);
    return moved && moved.from === version ? moved.to : version;
  }

  private async stateOf(id: string, annotator: string): Promise<LayerState> {
    const paths = this.paths(id, annotator);
    this.throwIfDamaged(paths);
    const version = layerVersion(paths);
    const cached = this.states.get(paths.snapshot);
    if (cached && (version === 'missing' || version === cached.version)) return cached;
    try {
      const state = this.ownedBy(
        await loadLayer(paths, this.documents.get(id), annotator, version),
        annotator,
        paths,
      );
      this.states.set(paths.snapshot, state);
      return state;
    } catch (error) {
      const e =
        error instanceof StoreError
          ? error
          : new StoreError(paths.snapshotFile, String(error), 'corrupt');
      if (e.code === 'io') throw e; // a failed read is retried next time; only bad content is damage
      this.damaged.set(paths.snapshot, e);
      this.problems.push({ file: e.file, reason: e.reason, ...(e.line ? { line: e.line } : {}) });
      throw e;
    }
  }

  /**
   * The layer as its folder's annotator's: the folder name (a validated name) decides whose it
   * is and where it is written, never the file's own `annotator` field; a field that differs
   * (a layer copied from a teammate's folder, a hostile `../` name) is reported once.
   */
  private ownedBy(state: LayerState, annotator: string, paths: LayerPaths): LayerState {
    if (state.layer.annotator === annotator) return state;
    if (!this.misfiled.has(paths.snapshot)) {
      this.misfiled.add(paths.snapshot);
      this.problems.push({
        file: paths.snapshotFile,
        reason: `its annotator field says ${JSON.stringify(state.layer.annotator)} but it lies in ${JSON.stringify(annotator)}'s folder; Loupe treats it as ${JSON.stringify(annotator)}'s layer (move it to its owner's folder, or correct the field)`,
      });
    }
    return { ...state, layer: { ...state.layer, annotator } };
  }

  /** Whether neither of a layer's files exists, not even as a link to nothing (a new layer). */
  private isAbsent(paths: LayerPaths): boolean {
    const absent = (path: string) => !lstatSync(path, { throwIfNoEntry: false });
    return absent(paths.snapshot) && absent(paths.journal);
  }

  private throwIfDamaged(paths: LayerPaths): void {
    const damage = this.damaged.get(paths.snapshot);
    if (damage) throw damage;
  }

  /** A layer's paths, built (names checked) once: every read asks for them. */
  private paths(id: string, annotator: string): LayerPaths {
    const key = `${annotator}/${id}`; // neither name can hold a '/'
    const known = this.pathsOf.get(key);
    if (known) return known;
    const snapshot = at.layer(this.dir, annotator, id);
    const journal = at.layerJournal(this.dir, annotator, id);
    const paths = {
      snapshot,
      journal,
      snapshotFile: this.rel(snapshot),
      journalFile: this.rel(journal),
    };
    this.pathsOf.set(key, paths);
    return paths;
  }

  private rel(path: string): string {
    return relative(this.dir, path).split('\\').join('/');
  }
}
