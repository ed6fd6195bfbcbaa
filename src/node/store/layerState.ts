import { dirname } from 'node:path';
import { emptyLayer, type Layer } from '../../shared/model';
import { checkLayer } from './checkLayer';
import { jsonTextOf, tooDeepError } from './jsonErrorLine';
import { jsonDepth, MAX_JSON_DEPTH } from '../../shared/formats';
import type { DocumentMeta } from '../../shared/model';
import { fileVersionNow } from './fileVersion';
import { errorCode, errorMessage } from '../../shared/errors';
import { ZodError } from 'zod';
import { applyLayerEdit, checkEditShape } from './layerEdit';
import { decodeJournal, type JournalRecord } from './journalRecords';
import { decodeLayerSnapshot } from './layerSnapshot';
import { linkLoopError } from './linkLoop';
import { StoreError } from './storeError';
import { schemaReason } from './storedJson';
import { readProjectFile } from './readProjectFile';

/** An open layer: the value, the files' version it matches, and where its journal ends. */
export interface LayerState {
  readonly layer: Layer;
  /** Snapshot and journal stats when last read or written here ({@link layerVersion}). */
  readonly version: string;
  /** What this folder reports as the layer's version: kept across its own compactions. */
  readonly reported: string;
  /** The last journal record folded into `layer` (0: none yet). */
  readonly seq: number;
  /** Bytes of the journal's whole records: where the next append starts. */
  readonly journalLength: number;
  readonly snapshotLength: number;
}

/** Where a layer's two files are, and how to name them in messages. */
export interface LayerPaths {
  readonly snapshot: string;
  readonly journal: string;
  readonly snapshotFile: string;
  readonly journalFile: string;
}

/**
 * The version of a layer's files: the snapshot's stat and the journal's, or 'missing' without
 * a snapshot. Asked on the event loop (see fileVersionNow): every read of a layer asks it.
 */
export function layerVersion(paths: LayerPaths): string {
  const snapshot = statOrThrow(paths.snapshot, paths.snapshotFile);
  if (snapshot === 'missing') return 'missing';
  return `${snapshot}|${statOrThrow(paths.journal, paths.journalFile)}`;
}

/**
 * A layer's version after this folder appended to its journal: the snapshot's stat as it was
 * checked before the append, the journal's as the append left it (`appendJournalRecord`).
 */
export function versionAfterAppend(before: string, journal: string): string {
  return `${before.slice(0, before.indexOf('|'))}|${journal}`;
}

/** Whether a version says the journal holds records (the light summary cannot be trusted). */
export function hasJournal(version: string): boolean {
  return version !== 'missing' && !version.endsWith('|missing');
}

/**
 * Reads a layer: the snapshot, then every journal record after the snapshot's sequence number
 * replayed onto it, checked against its document. Reads again if the files changed meanwhile.
 */
export async function loadLayer(
  paths: LayerPaths,
  meta: DocumentMeta,
  annotator: string,
  version: string,
): Promise<LayerState> {
  for (let attempt = 0; ; attempt++) {
    const [snapshot, journal] = await Promise.all([
      readOrNull(paths.snapshot, paths.snapshotFile),
      readOrNull(paths.journal, paths.journalFile),
    ]);
    const after = layerVersion(paths);
    if (after !== version && attempt < 3) {
      version = after;
      continue;
    }
    return { ...replay(paths, meta, annotator, snapshot, journal), version, reported: version };
  }
}

function replay(
  paths: LayerPaths,
  meta: DocumentMeta,
  annotator: string,
  snapshot: Buffer | null,
  journal: Buffer | null,
): Omit<LayerState, 'version' | 'reported'> {
  const base =
    snapshot === null
      ? { layer: emptyLayer(meta.id, meta.textHash, annotator), journalSeq: 0 }
      : decodeLayerSnapshot(jsonTextOf(snapshot, paths.snapshotFile), paths.snapshotFile);
  const contents = decodeJournal(journal, paths.journalFile);
  const records = contents.records.filter((r) => r.seq > base.journalSeq);
  if (snapshot === null && records.length > 0)
    throw new StoreError(
      paths.snapshotFile,
      `is missing while its journal holds edits; restore it from git or a backup`,
      'corrupt',
    );
  const first = records[0];
  if (first && first.seq !== base.journalSeq + 1)
    throw new StoreError(
      paths.journalFile,
      `starts at record ${first.seq} but the snapshot holds records up to ${base.journalSeq}: edits are missing; restore the files from git or a backup`,
      'corrupt',
    );
  let layer = base.layer;
  const firstLine = contents.records.length - records.length + 1;
  for (const [i, record] of records.entries()) {
    checkRecord(record, paths.journalFile, firstLine + i);
    layer = applyLayerEdit(layer, record.edit);
  }
  const problem = checkLayer(layer, meta.textHash, meta.length);
  if (problem)
    throw new StoreError(
      records.length ? paths.journalFile : paths.snapshotFile,
      problem,
      problem.startsWith('text hash') ? 'hash' : 'offsets',
    );
  return {
    layer,
    seq: records.at(-1)?.seq ?? base.journalSeq,
    journalLength: contents.goodLength,
    snapshotLength: snapshot?.length ?? 0,
  };
}

/**
 * Checks a journal record's items and fields against the layer schema before it is replayed:
 * its checksum says only that the append finished, not that the record is Loupe's.
 */
function checkRecord(record: JournalRecord, file: string, line: number): void {
  if (jsonDepth(record.edit) > MAX_JSON_DEPTH) throw tooDeepError(file, line);
  try {
    checkEditShape(record.edit);
  } catch (error) {
    const reason = error instanceof ZodError ? schemaReason(error) : errorMessage(error);
    throw new StoreError(
      file,
      `record ${record.seq} does not match the schema (${reason}); restore the file from git or a backup, or cut it before this line (the edits from here on are then lost)`,
      'invalid',
      line,
    );
  }
}

/**
 * A layer file's bytes, or null when it does not exist; read as untrusted input (no link, no
 * FIFO or device, size-bounded, inside the project: see readProjectFile). `file` is `path`
 * relative to the project folder, which is how the folder is found.
 */
export function readOrNull(path: string, file: string): Promise<Buffer | null> {
  return readProjectFile(path, { dir: projectFolderOf(path, file), label: file });
}

/** The project folder of a layer file: its path without its project-relative name. */
function projectFolderOf(path: string, file: string): string {
  const dir = path.endsWith(file) ? path.slice(0, path.length - file.length) : dirname(path);
  return dir || '/';
}

function statOrThrow(path: string, file: string): string {
  try {
    return fileVersionNow(path);
  } catch (error) {
    if (errorCode(error) === 'ENOTDIR')
      throw new StoreError(
        file,
        'cannot be reached: a file stands where its folder should be; move that file out of the way',
        'io', // not damage of the layer: it reads again once the file is moved
      );
    if (errorCode(error) === 'ELOOP') throw linkLoopError(projectFolderOf(path, file), file);
    throw new StoreError(file, `cannot read: ${errorMessage(error)}`, 'io');
  }
}
