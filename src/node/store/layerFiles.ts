import { unlink } from 'node:fs/promises';
import { relative } from 'node:path';
import { documentStatusSchema, emptyLayer, layerSchema, type Layer } from '../../shared/model';
import { atomicWrite } from './atomicWrite';
import { ChangedOnDiskError } from './changedOnDiskError';
import { checkLayer } from './checkLayer';
import type { DocumentIndex } from './documentIndex';
import { parseStoredJson } from './durableJsonFile';
import { ensureFolder } from './ensureFolder';
import { contentVersion, fileVersion, sameStat } from './fileVersion';
import type { LoadProblem } from './loadProblem';
import { projectLayout as at } from './projectLayout';
import { readProjectFile } from './readProjectFile';
import { stableStringify } from './stableStringify';
import { StoreError } from './storeError';
import { WriteQueue } from './writeQueue';

/** Layer writes of every folder in this process, by absolute path: two workbenches on one project check and write one file in turn. */
const layerWrites = new WriteQueue();

/** A layer's status and how many spans and stances it holds. */
export interface LayerSummaryCounts {
  readonly status: Layer['status'];
  readonly spanCount: number;
  readonly stanceCount: number;
}

/**
 * The layer files of one project: read lazily, kept open, and written only after checking
 * the file did not change since it was read (another writer, a git pull). A damaged file is
 * recorded as a problem and never overwritten; a file deleted underneath is written again
 * from the open copy, the only copy of acknowledged edits.
 */
export class LayerFiles {
  private readonly open = new Map<string, Layer>();
  /** Status and counts of layers not open, by file, with the stat version they were read at. */
  private readonly summaries = new Map<string, { stat: string; summary: LayerSummaryCounts }>();
  private readonly damaged = new Map<string, StoreError>();
  /** Layer path → the file's content version when last read or written here. */
  private readonly versions = new Map<string, string>();
  /** Layer files whose own annotator field names someone else, reported once. */
  private readonly misfiled = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly documents: DocumentIndex,
    private readonly problems: LoadProblem[],
  ) {}

  /** The open copy of a layer (shared: callers never change it; a write replaces it). */
  async read(id: string, annotator: string): Promise<Layer> {
    const path = at.layer(this.dir, annotator, id);
    const damage = this.damaged.get(path);
    if (damage) throw damage;
    const stat = await this.statVersion(path);
    const cached = this.open.get(path);
    if (cached && (stat === 'missing' || sameStat(this.versions.get(path), stat))) return cached;
    return this.load(path, id, annotator, stat);
  }

  /** The open copy with the version of the file it was read from, for a later write to check against. */
  async forEdit(id: string, annotator: string): Promise<{ layer: Layer; version: string }> {
    const layer = await this.read(id, annotator);
    return { layer, version: this.versions.get(at.layer(this.dir, annotator, id)) ?? 'missing' };
  }

  /** Status and counts without keeping or checking the whole layer (a light read, remembered until the file changes). */
  async summary(id: string, annotator: string): Promise<LayerSummaryCounts> {
    const path = at.layer(this.dir, annotator, id);
    const damage = this.damaged.get(path);
    if (damage) throw damage;
    const stat = await this.statVersion(path);
    const open = this.open.get(path);
    if (open && (stat === 'missing' || sameStat(this.versions.get(path), stat)))
      return countsOf(open);
    if (stat === 'missing') return { status: 'todo', spanCount: 0, stanceCount: 0 };
    const known = this.summaries.get(path);
    if (known?.stat === stat) return known.summary;
    const summary = lightCounts(parseOrNull(await this.readBytes(path)));
    if (!summary) return countsOf(await this.read(id, annotator)); // records and throws the precise problem
    this.summaries.set(path, { stat, summary });
    return summary;
  }

  /** The bytes of a layer file now (null when there is none): what a failed commit restores. */
  bytesOf(id: string, annotator: string): Promise<Buffer | null> {
    return this.readBytes(at.layer(this.dir, annotator, id));
  }

  /**
   * Replaces a layer on disk, atomically, after checking it fits its document; refused for a
   * damaged file, and with ChangedOnDiskError when the file changed since `basedOn` (else
   * since this folder last read or wrote it).
   */
  async write(layer: Layer, basedOn?: string): Promise<void> {
    const path = at.layer(this.dir, layer.annotator, layer.documentId);
    const damage = this.damaged.get(path);
    if (damage) throw damage;
    const valid = this.validated(layer, path);
    // A layer never read here has no basis to be stale against: read it now (a damaged file refuses).
    if (basedOn === undefined && !this.versions.has(path))
      await this.read(layer.documentId, layer.annotator);
    await layerWrites.run(path, async () => {
      const expected = basedOn ?? this.versions.get(path) ?? 'missing';
      const now = await this.versionOnDisk(path, expected);
      if (now !== expected && now !== 'missing') {
        this.open.delete(path);
        throw new ChangedOnDiskError(this.rel(path));
      }
      await ensureFolder(at.annotations(this.dir));
      await ensureFolder(at.annotatorFolder(this.dir, layer.annotator));
      const json = stableStringify(valid);
      await atomicWrite(path, json);
      this.open.set(path, valid);
      this.versions.set(path, contentVersion(await fileVersion(path), json));
    });
  }

  /** Puts back the bytes a layer file had (or removes it), after a failed commit. */
  async restore(id: string, annotator: string, bytes: Buffer | null): Promise<void> {
    const path = at.layer(this.dir, annotator, id);
    this.open.delete(path);
    this.versions.delete(path);
    if (bytes) await atomicWrite(path, bytes);
    else await removeFile(path);
  }

  /** The stat version of a layer file now ('missing' when absent). */
  statOf(id: string, annotator: string): Promise<string> {
    return this.statVersion(at.layer(this.dir, annotator, id));
  }

  /** The layer as it would be stored, checked against its document; throws what is wrong. */
  validated(layer: Layer, path = at.layer(this.dir, layer.annotator, layer.documentId)): Layer {
    const meta = this.documents.get(layer.documentId);
    const problem = checkLayer(layer, meta.textHash, meta.length);
    if (problem) throw new StoreError(this.rel(path), problem, 'offsets');
    return layerSchema.parse(layer);
  }

  private async load(path: string, id: string, annotator: string, stat: string): Promise<Layer> {
    const meta = this.documents.get(id);
    try {
      const bytes = await this.readBytes(path);
      const stored =
        bytes === null
          ? emptyLayer(id, meta.textHash, annotator)
          : parseStoredJson(bytes.toString('utf8'), layerSchema, this.rel(path));
      const layer = this.ownedBy(stored, annotator, path);
      const problem = checkLayer(layer, meta.textHash, meta.length);
      if (problem)
        throw new StoreError(
          this.rel(path),
          problem,
          problem.startsWith('text hash') ? 'hash' : 'offsets',
        );
      this.open.set(path, layer);
      this.versions.set(path, contentVersion(stat, bytes));
      return layer;
    } catch (error) {
      const e =
        error instanceof StoreError
          ? error
          : new StoreError(this.rel(path), String(error), 'corrupt');
      if (e.code === 'io') throw e; // a failed read is retried next time; only bad content is damage
      this.damaged.set(path, e);
      this.problems.push({ file: e.file, reason: e.reason, ...(e.line ? { line: e.line } : {}) });
      throw e;
    }
  }

  /**
   * The layer as its folder's annotator's: the folder name (a validated name) decides whose it
   * is and where it is written, never the file's own `annotator` field; a field that differs
   * (a layer copied from a teammate's folder, a hostile `../` name) is reported once.
   */
  private ownedBy(layer: Layer, annotator: string, path: string): Layer {
    if (layer.annotator === annotator) return layer;
    if (!this.misfiled.has(path)) {
      this.misfiled.add(path);
      this.problems.push({
        file: this.rel(path),
        reason: `its annotator field says ${JSON.stringify(layer.annotator)} but it lies in ${JSON.stringify(annotator)}'s folder; Loupe treats it as ${JSON.stringify(annotator)}'s layer (move it to its owner's folder, or correct the field)`,
      });
    }
    return { ...layer, annotator };
  }

  /** The file's content version now; only its stat when that already differs from `expected`. */
  private async versionOnDisk(path: string, expected: string): Promise<string> {
    const stat = await this.statVersion(path);
    if (stat === 'missing' || !sameStat(expected, stat)) return stat;
    return contentVersion(stat, await this.readBytes(path));
  }

  private statVersion(path: string): Promise<string> {
    return fileVersion(path).catch((error: Error) => {
      throw new StoreError(this.rel(path), `cannot read: ${error.message}`, 'io');
    });
  }

  private readBytes(path: string): Promise<Buffer | null> {
    return readProjectFile(path, { dir: this.dir, label: this.rel(path) });
  }

  private rel(path: string): string {
    return relative(this.dir, path).split('\\').join('/');
  }
}

async function removeFile(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

function countsOf(layer: Layer): LayerSummaryCounts {
  return { status: layer.status, spanCount: layer.spans.length, stanceCount: layer.stances.length };
}

function parseOrNull(bytes: Buffer | null): unknown {
  if (bytes === null) return null;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

/** Counts read from a parsed layer file without validating it; null when it is not shaped like a layer. */
function lightCounts(raw: unknown): LayerSummaryCounts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const status = 'status' in raw ? raw.status : undefined;
  const spans = 'spans' in raw ? raw.spans : undefined;
  const stances = 'stances' in raw ? raw.stances : undefined;
  const parsedStatus = documentStatusSchema.safeParse(status);
  if (!parsedStatus.success || !Array.isArray(spans)) return null;
  return {
    status: parsedStatus.data,
    spanCount: spans.length,
    stanceCount: Array.isArray(stances) ? stances.length : 0,
  };
}
