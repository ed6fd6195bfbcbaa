import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { Low } from 'lowdb';
import {
  annotatorSchema,
  documentMetaSchema,
  documentStatusSchema,
  emptyLayer,
  layerSchema,
  manifestSchema,
  type DocumentMeta,
  type Layer,
  type Manifest,
} from '../../shared/model';
import { atomicWrite } from './atomicWrite';
import { ChangedOnDiskError } from './changedOnDiskError';
import { checkLayer } from './checkLayer';
import { decodeUtf8 } from './decodeUtf8';
import { ensureFolder } from './ensureFolder';
import { contentVersion, fileVersion, sameStat } from './fileVersion';
import { DurableJsonFile, parseStoredJson } from './durableJsonFile';
import type { LoadProblem } from './loadProblem';
import { projectLayout as at } from './projectLayout';
import { stableStringify } from './stableStringify';
import { StoreError } from './storeError';
import { textHash } from './textHash';
import { WriteQueue } from './writeQueue';

/** Layer writes of every store in this process, by absolute path: two stores on one project check and write one file in turn. */
const layerWrites = new WriteQueue();

/** A document to add: its name and its exact bytes. */
export interface NewDocument {
  readonly id: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly source?: string;
}

/**
 * The project folder on disk: manifest, documents (text + meta) and one layer file per
 * annotator per document. Texts and layers are read lazily; a damaged file becomes a
 * LoadProblem and is never overwritten.
 */
export class ProjectStore {
  readonly problems: LoadProblem[] = [];
  private readonly texts = new Map<string, string>();
  private readonly layers = new Map<string, Low<Layer>>();
  /** Status and counts of layers not open, by file, with the stat version they were read at. */
  private readonly summaries = new Map<string, { stat: string; summary: LayerSummaryCounts }>();
  private readonly damaged = new Map<string, StoreError>();
  /** Layer path → the file's content version when this store last read or wrote it: a changed file is read again, never overwritten; a deleted one is written again from the open copy. */
  private readonly versions = new Map<string, string>();
  private readonly queue = new WriteQueue();

  private constructor(
    readonly dir: string,
    private readonly manifestDb: Low<Manifest>,
    private readonly documents: Map<string, DocumentMeta>,
  ) {}

  /** Opens an existing project; only a missing or damaged manifest stops it from opening. */
  static async open(dir: string): Promise<ProjectStore> {
    const manifestDb = new Low<Manifest>(
      new DurableJsonFile(at.manifest(dir), manifestSchema, 'loupe.json'),
      null as never,
    );
    await manifestDb.read();
    if (!manifestDb.data)
      throw new StoreError(
        'loupe.json',
        `no Loupe project in ${dir} (run: loupe init ${dir})`,
        'io',
      );
    const store = new ProjectStore(dir, manifestDb, new Map());
    await store.loadDocumentMetas();
    return store;
  }

  /** Creates a project folder with a manifest (refuses a folder that already has one). */
  static async create(dir: string, manifest: Manifest): Promise<ProjectStore> {
    await mkdir(at.documents(dir), { recursive: true });
    await mkdir(at.annotations(dir), { recursive: true });
    const adapter = new DurableJsonFile(at.manifest(dir), manifestSchema, 'loupe.json');
    if (await adapter.read())
      throw new StoreError('loupe.json', `${dir} already holds a Loupe project`, 'invalid');
    await adapter.write(manifest);
    return ProjectStore.open(dir);
  }

  get manifest(): Manifest {
    return this.manifestDb.data;
  }

  async writeManifest(next: Manifest): Promise<void> {
    const valid = manifestSchema.parse(next);
    await this.queue.run('loupe.json', async () => {
      this.manifestDb.data = valid;
      await this.manifestDb.write();
    });
  }

  listDocuments(): DocumentMeta[] {
    return [...this.documents.values()].sort(
      (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    );
  }

  getDocument(id: string): DocumentMeta {
    const meta = this.documents.get(id);
    if (!meta)
      throw new StoreError(`documents/${id}.json`, `no document with id ${id}`, 'not_found');
    return meta;
  }

  findByHash(hash: string): DocumentMeta | undefined {
    for (const meta of this.documents.values()) if (meta.textHash === hash) return meta;
    return undefined;
  }

  /** The document's text, checked against its recorded hash on first read. */
  async readText(id: string): Promise<string> {
    const cached = this.texts.get(id);
    if (cached !== undefined) return cached;
    const meta = this.getDocument(id);
    const file = this.rel(at.text(this.dir, id));
    const bytes = await readFile(at.text(this.dir, id)).catch((error: Error) => {
      throw new StoreError(file, `cannot read the text: ${error.message}`, 'io');
    });
    const text = decodeUtf8(bytes);
    if (text === null) throw new StoreError(file, 'the text is not valid UTF-8', 'corrupt');
    if (textHash(bytes) !== meta.textHash)
      throw new StoreError(file, `the text does not match its hash ${meta.textHash}`, 'hash');
    this.texts.set(id, text);
    return text;
  }

  /** One annotator's layer of a document (empty if none yet); throws the stored problem for a damaged file. */
  async readLayer(id: string, annotator: string): Promise<Layer> {
    return structuredClone((await this.layerDb(id, annotator)).data);
  }
  /**
   * The open copy of a layer itself, not a copy: for readers that never change what they
   * are given (edits build new objects; a write replaces the open copy with a new one).
   */
  async readLayerShared(id: string, annotator: string): Promise<Readonly<Layer>> {
    return (await this.layerDb(id, annotator)).data;
  }

  /**
   * A layer's status and counts for the document list, without keeping or checking the
   * whole layer: the open copy when there is one, else a light read of the file, remembered
   * until the file changes. A damaged file is reported (and recorded) when the light read
   * cannot make sense of it; a subtler fault is found when the layer is opened.
   */
  async layerSummary(id: string, annotator: string): Promise<LayerSummaryCounts> {
    const path = at.layer(this.dir, annotator, id);
    const damage = this.damaged.get(path);
    if (damage) throw damage;
    const stat = await this.statVersion(path);
    const open = this.layers.get(path);
    if (open && (stat === 'missing' || sameStat(this.versions.get(path), stat)))
      return countsOf(open.data);
    if (stat === 'missing') return { status: 'todo', spanCount: 0, stanceCount: 0 };
    const known = this.summaries.get(path);
    if (known?.stat === stat) return known.summary;
    const bytes = await this.readBytes(path);
    let raw: unknown = null;
    try {
      raw = bytes === null ? null : JSON.parse(bytes.toString('utf8'));
    } catch {
      raw = null;
    }
    const summary = raw === null ? null : lightCounts(raw);
    if (!summary) return countsOf(await this.readLayer(id, annotator)); // records and throws the precise problem
    this.summaries.set(path, { stat, summary });
    return summary;
  }

  /**
   * The open copy of a layer (shared, not to be changed: see {@link readLayerShared}) with
   * the version of the file it was read from, for a later {@link writeLayer} to check against.
   */
  async readLayerForEdit(
    id: string,
    annotator: string,
  ): Promise<{ layer: Layer; version: string }> {
    const db = await this.layerDb(id, annotator);
    return {
      layer: db.data,
      version: this.versions.get(at.layer(this.dir, annotator, id)) ?? 'missing',
    };
  }

  /**
   * Replaces a layer on disk, atomically; refused for a damaged file, and refused with
   * ChangedOnDiskError when the file changed since it was read (at `basedOn`, else at this
   * store's last read or write). A file deleted meanwhile is written again.
   */
  async writeLayer(layer: Layer, basedOn?: string): Promise<void> {
    const path = at.layer(this.dir, layer.annotator, layer.documentId);
    const db = await this.layerDb(layer.documentId, layer.annotator);
    const meta = this.getDocument(layer.documentId);
    const problem = checkLayer(layer, meta.textHash, meta.length);
    if (problem) throw new StoreError(this.rel(path), problem, 'offsets');
    const valid = layerSchema.parse(layer);
    await this.queue.run(path, () =>
      layerWrites.run(resolve(path), async () => {
        const expected = basedOn ?? this.versions.get(path) ?? 'missing';
        const now = await this.versionOnDisk(path, expected);
        if (now !== expected && now !== 'missing') {
          this.layers.delete(path);
          throw new ChangedOnDiskError(this.rel(path));
        }
        await ensureFolder(at.annotations(this.dir));
        await ensureFolder(at.annotatorFolder(this.dir, layer.annotator));
        const json = stableStringify(valid);
        await atomicWrite(path, json);
        db.data = valid;
        this.layers.set(path, db);
        this.versions.set(path, contentVersion(await fileVersion(path), json));
      }),
    );
  }

  /** Annotators that have a folder in the project, sorted. */
  async listAnnotators(): Promise<string[]> {
    const entries = await readdir(at.annotations(this.dir), { withFileTypes: true }).catch(
      () => [],
    );
    return entries
      .filter((e) => e.isDirectory() && annotatorSchema.safeParse(e.name).success)
      .map((e) => e.name)
      .sort();
  }

  /** Adds documents whose texts are valid UTF-8; ids must be free. Returns their metas. */
  async addDocuments(items: readonly NewDocument[]): Promise<DocumentMeta[]> {
    const added: DocumentMeta[] = [];
    const now = new Date().toISOString();
    for (const item of items) {
      const text = decodeUtf8(item.bytes);
      if (text === null) throw new StoreError(item.name, 'not valid UTF-8', 'corrupt');
      if (this.documents.has(item.id))
        throw new StoreError(item.name, `document id ${item.id} is taken`, 'invalid');
      const meta: DocumentMeta = {
        formatVersion: 1,
        id: item.id,
        name: item.name,
        textHash: textHash(item.bytes),
        length: [...text].length,
        importedAt: now,
        ...(item.source ? { source: item.source } : {}),
      };
      await atomicWrite(at.text(this.dir, item.id), item.bytes);
      await new DurableJsonFile(at.documentMeta(this.dir, item.id), documentMetaSchema).write(meta);
      this.documents.set(item.id, meta);
      this.texts.set(item.id, text);
      added.push(meta);
    }
    return added;
  }

  /** Takes back documents a failed or cancelled import added (their layer files are the caller's): meta first, so no meta is left without its text. */
  async removeDocuments(ids: readonly string[]): Promise<void> {
    const gone = (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    };
    for (const id of ids) {
      await unlink(at.documentMeta(this.dir, id)).catch(gone);
      await unlink(at.text(this.dir, id)).catch(gone);
      this.documents.delete(id);
      this.texts.delete(id);
    }
  }

  /** Resolves when every write has reached the disk. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  rel(path: string): string {
    return relative(this.dir, path).split('\\').join('/');
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
    return readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw new StoreError(this.rel(path), `cannot read: ${error.message}`, 'io');
    });
  }

  private async layerDb(id: string, annotator: string): Promise<Low<Layer>> {
    const path = at.layer(this.dir, annotator, id);
    const damage = this.damaged.get(path);
    if (damage) throw damage;
    const stat = await this.statVersion(path);
    const cached = this.layers.get(path);
    // A file deleted underneath leaves the open copy as the only copy of acknowledged edits: keep it, the next write restores the file.
    if (cached && (stat === 'missing' || sameStat(this.versions.get(path), stat))) return cached;
    const meta = this.getDocument(id);
    const db = new Low<Layer>(
      new DurableJsonFile(path, layerSchema, this.rel(path)),
      emptyLayer(id, meta.textHash, annotator),
    );
    let version = 'missing';
    try {
      const bytes = await this.readBytes(path);
      version = contentVersion(stat, bytes);
      db.data =
        bytes === null
          ? emptyLayer(id, meta.textHash, annotator)
          : parseStoredJson(bytes.toString('utf8'), layerSchema, this.rel(path));
      const problem = checkLayer(db.data, meta.textHash, meta.length);
      if (problem)
        throw new StoreError(
          this.rel(path),
          problem,
          problem.startsWith('text hash') ? 'hash' : 'offsets',
        );
    } catch (error) {
      const storeError =
        error instanceof StoreError
          ? error
          : new StoreError(this.rel(path), String(error), 'corrupt');
      if (storeError.code === 'io') throw storeError; // a failed read is retried next time; only bad content is damage
      this.damaged.set(path, storeError);
      this.problems.push({
        file: storeError.file,
        reason: storeError.reason,
        ...(storeError.line ? { line: storeError.line } : {}),
      });
      throw storeError;
    }
    this.layers.set(path, db);
    this.versions.set(path, version);
    return db;
  }

  private async loadDocumentMetas(): Promise<void> {
    const names = await readdir(at.documents(this.dir)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const file = `documents/${name}`;
      try {
        const raw = await readFile(at.documents(this.dir) + '/' + name, 'utf8');
        const meta = parseStoredJson(raw, documentMetaSchema, file);
        if (`${meta.id}.json` !== name)
          throw new StoreError(file, `its id ${meta.id} does not match the file name`, 'invalid');
        this.documents.set(meta.id, meta);
      } catch (error) {
        const e = error instanceof StoreError ? error : new StoreError(file, String(error), 'io');
        this.problems.push({ file: e.file, reason: e.reason, ...(e.line ? { line: e.line } : {}) });
      }
    }
  }
}

/** A layer's status and how many spans and stances it holds. */
export interface LayerSummaryCounts {
  readonly status: Layer['status'];
  readonly spanCount: number;
  readonly stanceCount: number;
}

function countsOf(layer: Layer): LayerSummaryCounts {
  return { status: layer.status, spanCount: layer.spans.length, stanceCount: layer.stances.length };
}

const STATUSES: readonly string[] = documentStatusSchema.options;

/** Counts read from a parsed layer file without validating it; null when it is not shaped like a layer. */
function lightCounts(raw: unknown): LayerSummaryCounts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { status, spans, stances } = raw as {
    status?: unknown;
    spans?: unknown;
    stances?: unknown;
  };
  if (typeof status !== 'string' || !STATUSES.includes(status) || !Array.isArray(spans))
    return null;
  return {
    status: status as Layer['status'],
    spanCount: spans.length,
    stanceCount: Array.isArray(stances) ? stances.length : 0,
  };
}
