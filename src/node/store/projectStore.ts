import { mkdir, readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Low } from 'lowdb';
import {
  annotatorSchema,
  documentMetaSchema,
  emptyLayer,
  layerSchema,
  manifestSchema,
  type DocumentMeta,
  type Layer,
  type Manifest,
} from '../../shared/model';
import { atomicWrite } from './atomicWrite';
import { checkLayer } from './checkLayer';
import { decodeUtf8 } from './decodeUtf8';
import { DurableJsonFile, parseStoredJson } from './durableJsonFile';
import type { LoadProblem } from './loadProblem';
import { projectLayout as at } from './projectLayout';
import { StoreError } from './storeError';
import { textHash } from './textHash';
import { WriteQueue } from './writeQueue';

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
  private readonly damaged = new Map<string, StoreError>();
  private readonly queue = new WriteQueue();

  private constructor(
    readonly dir: string,
    private readonly manifestDb: Low<Manifest>,
    private readonly documents: Map<string, DocumentMeta>,
  ) {}

  /** Opens an existing project; only a missing or damaged manifest stops it from opening. */
  static async open(dir: string): Promise<ProjectStore> {
    const manifestDb = new Low<Manifest>(new DurableJsonFile(at.manifest(dir), manifestSchema, 'loupe.json'), null as never);
    await manifestDb.read();
    if (!manifestDb.data) throw new StoreError('loupe.json', `no Loupe project in ${dir} (run: loupe init ${dir})`, 'io');
    const store = new ProjectStore(dir, manifestDb, new Map());
    await store.loadDocumentMetas();
    return store;
  }

  /** Creates a project folder with a manifest (refuses a folder that already has one). */
  static async create(dir: string, manifest: Manifest): Promise<ProjectStore> {
    await mkdir(at.documents(dir), { recursive: true });
    await mkdir(at.annotations(dir), { recursive: true });
    const adapter = new DurableJsonFile(at.manifest(dir), manifestSchema, 'loupe.json');
    if (await adapter.read()) throw new StoreError('loupe.json', `${dir} already holds a Loupe project`, 'invalid');
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
    return [...this.documents.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  getDocument(id: string): DocumentMeta {
    const meta = this.documents.get(id);
    if (!meta) throw new StoreError(`documents/${id}.json`, `no document with id ${id}`, 'invalid');
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
    if (textHash(bytes) !== meta.textHash) throw new StoreError(file, `the text does not match its hash ${meta.textHash}`, 'hash');
    this.texts.set(id, text);
    return text;
  }

  /** One annotator's layer of a document (empty if none yet); throws the stored problem for a damaged file. */
  async readLayer(id: string, annotator: string): Promise<Layer> {
    return structuredClone((await this.layerDb(id, annotator)).data);
  }

  /** Replaces a layer on disk, atomically; refused for a damaged file. */
  async writeLayer(layer: Layer): Promise<void> {
    const path = at.layer(this.dir, layer.annotator, layer.documentId);
    const db = await this.layerDb(layer.documentId, layer.annotator);
    const meta = this.getDocument(layer.documentId);
    const problem = checkLayer(layer, meta.textHash, meta.length);
    if (problem) throw new StoreError(this.rel(path), problem, 'offsets');
    const valid = layerSchema.parse(layer);
    await this.queue.run(path, async () => {
      await mkdir(at.annotatorFolder(this.dir, layer.annotator), { recursive: true });
      await db.adapter.write(valid);
      db.data = valid;
    });
  }

  /** Annotators that have a folder in the project, sorted. */
  async listAnnotators(): Promise<string[]> {
    const entries = await readdir(at.annotations(this.dir), { withFileTypes: true }).catch(() => []);
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
      if (this.documents.has(item.id)) throw new StoreError(item.name, `document id ${item.id} is taken`, 'invalid');
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

  /** Resolves when every write has reached the disk. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  rel(path: string): string {
    return relative(this.dir, path).split('\\').join('/');
  }

  private async layerDb(id: string, annotator: string): Promise<Low<Layer>> {
    const path = at.layer(this.dir, annotator, id);
    const damage = this.damaged.get(path);
    if (damage) throw damage;
    const cached = this.layers.get(path);
    if (cached) return cached;
    const meta = this.getDocument(id);
    const db = new Low<Layer>(new DurableJsonFile(path, layerSchema, this.rel(path)), emptyLayer(id, meta.textHash, annotator));
    try {
      await db.read();
      const problem = checkLayer(db.data, meta.textHash, meta.length);
      if (problem) throw new StoreError(this.rel(path), problem, problem.startsWith('text hash') ? 'hash' : 'offsets');
    } catch (error) {
      const storeError = error instanceof StoreError ? error : new StoreError(this.rel(path), String(error), 'corrupt');
      this.damaged.set(path, storeError);
      this.problems.push({ file: storeError.file, reason: storeError.reason, ...(storeError.line ? { line: storeError.line } : {}) });
      throw storeError;
    }
    db.data ??= emptyLayer(id, meta.textHash, annotator);
    this.layers.set(path, db);
    return db;
  }

  private async loadDocumentMetas(): Promise<void> {
    const names = await readdir(at.documents(this.dir)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const file = `documents/${name}`;
      try {
        const raw = await readFile(at.documents(this.dir) + '/' + name, 'utf8');
        const meta = parseStoredJson(raw, documentMetaSchema, file);
        if (`${meta.id}.json` !== name) throw new StoreError(file, `its id ${meta.id} does not match the file name`, 'invalid');
        this.documents.set(meta.id, meta);
      } catch (error) {
        const e = error instanceof StoreError ? error : new StoreError(file, String(error), 'io');
        this.problems.push({ file: e.file, reason: e.reason, ...(e.line ? { line: e.line } : {}) });
      }
    }
  }
}
