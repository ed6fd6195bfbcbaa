import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { atomicWrite, syncFolder } from './atomicWrite';
import { projectFileKind, type ProjectFile } from './projectFileKind';
import { CONFLICTS_FILE, projectLayout as at } from './projectLayout';
import { MAX_META_BYTES, readProjectFile } from './readProjectFile';
import { StoreError } from './storeError';

/** One file a sync brings into the project: its new bytes, or null to remove it. */
export interface SyncedFile {
  /** Relative to the project folder, '/'-separated, as git names it. */
  readonly path: string;
  readonly content: Uint8Array | null;
}

/** Texts first, then what refers to them, so a stop between two files leaves a project that opens. */
const WRITE_ORDER: Record<ProjectFile['kind'], number> = {
  text: 0,
  documentMeta: 1,
  manifest: 2,
  entity: 3,
  layerFile: 4,
  conflicts: 5,
  gitignore: 6,
};

/**
 * Writes the files a sync merged into the project, each atomically and durably, in an order
 * that keeps the project readable after a stop between any two of them: documents, the
 * manifest (a union of both schemas), entities, layers; removals last, layers first. A path
 * that is not a Loupe project file is refused before anything is written.
 */
export async function writeSyncedFiles(
  dir: string,
  files: readonly SyncedFile[],
  afterEach: () => Promise<void> | void = () => undefined,
): Promise<void> {
  const kinds = files.map((file) => {
    const kind = projectFileKind(file.path);
    if (!kind)
      throw new StoreError(
        file.path,
        'is not a file of a Loupe project; nothing was changed',
        'invalid',
      );
    return { file, rank: WRITE_ORDER[kind.kind] };
  });
  const writes = kinds.filter((k) => k.file.content !== null).sort((a, b) => a.rank - b.rank);
  const removals = kinds.filter((k) => k.file.content === null).sort((a, b) => b.rank - a.rank);
  for (const { file } of writes) {
    if (file.content === null) continue; // writes hold no removals
    const path = join(dir, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await atomicWrite(path, file.content);
    await afterEach();
  }
  for (const { file } of removals) {
    const path = join(dir, ...file.path.split('/'));
    await rm(path, { force: true });
    await syncFolder(dirname(path)).catch(() => undefined);
    await afterEach();
  }
}

/**
 * The bytes of the project's shared conflicts file, or null when it has none; read as every
 * project file is (a link, a FIFO or a huge file is refused with its name, never followed,
 * waited on or read whole).
 */
export function readConflictsFile(dir: string): Promise<Buffer | null> {
  return readProjectFile(at.conflicts(dir), {
    dir,
    label: CONFLICTS_FILE,
    maxBytes: MAX_META_BYTES,
  });
}
