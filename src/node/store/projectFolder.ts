import { access, readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Low } from 'lowdb';
import {
  keepProtoFields,
  annotatorSchema,
  idSchema,
  manifestSchema,
  type DocumentMeta,
  type Layer,
  type Manifest,
} from '../../shared/model';
import { atomicWrite } from './atomicWrite';
import { checkWriteTargets } from './checkWriteTargets';
import { commitChange } from './commitChange';
import { DocumentIndex } from './documentIndex';
import { DurableJsonFile } from './durableJsonFile';
import { EntityRegistry } from './entityRegistry';
import type { CommitMonitor, FolderChange } from './folderChange';
import { LayerFiles } from './layerFiles';
import type { LayerSummaryCounts } from './layerSummary';
import type { LoadProblem } from './loadProblem';
import { projectFingerprint, type ProjectFingerprint } from './projectFingerprint';
import { MANIFEST_FILE, projectLayout as at } from './projectLayout';
import { layerFileId } from './scanProjectFolder';
import { makeFolders } from './makeFolders';
import { StoreError } from './storeError';
import { WriteQueue } from './writeQueue';

/** What a new project keeps out of git: the running writer's lock, and the app's exports. */
export const PROJECT_GITIGNORE =
  "# Loupe: the running writer's lock, and datasets exported from the app\n.loupe.lock\n.loupe.lock.*\nexports/\n";

/**
 * The one owner of a project folder: the only module that knows its paths and file shapes.
 * It reads the manifest (through lowdb, with Loupe's durable writer as the adapter), the
 * documents, layers and entities, and changes them only through {@link commit}: one change
 * (an edit, an import) validated, given room on disk, written durably and all-or-nothing,
 * and then reflected in what it holds in memory. A damaged file becomes a LoadProblem and
 * is never overwritten.
 */
export class ProjectFolder {
  private readonly commits = new WriteQueue();

  private constructor(
    readonly dir: string,
    private readonly manifestDb: Low<Manifest>,
    private readonly documents: DocumentIndex,
    private readonly layers: LayerFiles,
    /** The entity registry; read it freely, change it through {@link commit}. */
    readonly entities: EntityRegistry,
    /** Files that could not be read: reported, never overwritten. */
    readonly problems: LoadProblem[],
  ) {}

  /** True when `dir` holds a Loupe project (its manifest file exists). */
  static async exists(dir: string): Promise<boolean> {
    return access(at.manifest(dir)).then(
      () => true,
      () => false,
    );
  }

  /** Opens an existing project; only a missing or damaged manifest stops it from opening. */
  static async open(dir: string): Promise<ProjectFolder> {
    const manifestDb = new Low<Manifest>(manifestFile(dir), null as never);
    await manifestDb.read();
    if (!manifestDb.data)
      throw new StoreError(
        MANIFEST_FILE,
        `no Loupe project in ${dir} (run: loupe init ${dir})`,
        'io',
      );
    const problems: LoadProblem[] = [];
    const documents = await DocumentIndex.load(dir, problems);
    const entities = await EntityRegistry.load(dir, problems);
    const layers = new LayerFiles(dir, documents, problems);
    return new ProjectFolder(dir, manifestDb, documents, layers, entities, problems);
  }

  /** Creates a project folder with a manifest and a .gitignore (refuses a folder that already has one). */
  static async create(dir: string, manifest: Manifest): Promise<ProjectFolder> {
    await makeFolders(at.documents(dir));
    await makeFolders(at.annotations(dir));
    const file = manifestFile(dir);
    if (await file.read())
      throw new StoreError(MANIFEST_FILE, `${dir} already holds a Loupe project`, 'invalid');
    await file.write(manifestSchema.parse(manifest));
    await atomicWrite(at.gitignore(dir), PROJECT_GITIGNORE);
    return ProjectFolder.open(dir);
  }

  get manifest(): Manifest {
    return this.manifestDb.data;
  }

  listDocuments(): DocumentMeta[] {
    return this.documents.list();
  }

  /**
   * What kept documents from being listed when the project was opened (a damaged or linked
   * meta, a file where `documents/` should be): a document missing from {@link listDocuments}.
   */
  unreadDocuments(): readonly LoadProblem[] {
    return this.documents.unread;
  }

  getDocument(id: string): DocumentMeta {
    return this.documents.get(id);
  }

  hasDocument(id: string): boolean {
    return this.documents.has(id);
  }

  /** The first document with this text hash. */
  findByHash(hash: string): DocumentMeta | undefined {
    return this.documents.withHash(hash)[0];
  }

  /** The document's text, checked against its recorded hash on first read. */
  readText(id: string): Promise<string> {
    return this.documents.text(id);
  }

  /** The headline of the document's text (its first headline-like line), remembered without keeping the text. */
  readHeadline(id: string): Promise<string> {
    return this.documents.headline(id);
  }

  /** One annotator's layer of a document (empty if none yet), as a copy the caller may change. */
  async readLayer(id: string, annotator: string): Promise<Layer> {
    return structuredClone(await this.layers.read(id, annotator));
  }

  /** The open copy of a layer itself: for readers that never change what they are given. */
  readLayerShared(id: string, annotator: string): Promise<Readonly<Layer>> {
    return this.layers.read(id, annotator);
  }

  /**
   * The open copy of a layer when its files have not changed since it was read, without
   * waiting; undefined when it must be read ({@link readLayerShared}). For walks of a project.
   */
  readLayerIfFresh(id: string, annotator: string): Readonly<Layer> | undefined {
    return this.layers.freshCopy(id, annotator);
  }

  /** The document's text when it is kept in memory (undefined: {@link readText} reads it). */
  keptText(id: string): string | undefined {
    return this.documents.keptText(id);
  }

  /** The open copy of a layer with the version of its file, for a commit to check against. */
  readLayerForEdit(id: string, annotator: string): Promise<{ layer: Layer; version: string }> {
    return this.layers.forEdit(id, annotator);
  }

  /** Why edits of a layer are refused though the project is writable (its journal is read-only), or null. */
  layerNotice(id: string, annotator: string): LoadProblem | null {
    return this.layers.journalNotice(id, annotator);
  }

  /** A layer's status and counts for the document list, without keeping the whole layer. */
  layerSummary(id: string, annotator: string): Promise<LayerSummaryCounts> {
    return this.layers.summary(id, annotator);
  }

  /** The stat version of a layer's file ('missing' when it has none): what changed since a sync. */
  layerVersion(id: string, annotator: string): Promise<string> {
    return this.layers.statOf(id, annotator);
  }

  /** The project-relative file of a layer, for messages. */
  layerFile(id: string, annotator: string): string {
    return this.rel(at.layer(this.dir, annotator, id));
  }

  /** The project-relative file of a document's text, for messages. */
  textFile(id: string): string {
    return this.rel(at.text(this.dir, id));
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

  /** The document ids an annotator's folder holds layer files for (whether or not the documents exist). */
  async layerFilesOf(annotator: string): Promise<string[]> {
    const names = await readdir(at.annotatorFolder(this.dir, annotator)).catch((): string[] => []);
    // A journal counts too: one left without its snapshot is damage that validation must name.
    // A name that is no id is no layer (scanProjectFolder names the file).
    const ids = names
      .map(layerFileId)
      .filter((id): id is string => id !== undefined && idSchema.safeParse(id).success);
    return [...new Set(ids)].sort();
  }

  /** What another program could change underneath an open workbench: manifest, documents, entities. */
  fingerprint(): Promise<ProjectFingerprint> {
    return projectFingerprint(this.dir);
  }

  /**
   * Applies one change all-or-nothing: validates everything it writes, makes sure the disk
   * can take the files it rewrites, writes each durably (new documents exclusively), and
   * undoes what it wrote when anything fails or the monitor cancels. Commits run one at a time.
   */
  commit(change: FolderChange, monitor: CommitMonitor = {}): Promise<void> {
    return this.commits.run('commit', async () => {
      const absent = await checkWriteTargets(this.dir, change);
      await commitChange(
        {
          dir: this.dir,
          documents: this.documents,
          layers: this.layers,
          entities: this.entities,
          writeManifest: (next) => this.writeManifest(next),
        },
        change,
        monitor,
        absent,
      ).finally(() => this.layers.compactDue());
    });
  }

  /** Resolves when every commit has reached the disk (and the journal compactions it started have ended). */
  async flush(): Promise<void> {
    await this.commits.idle();
    await this.layers.settled();
  }

  /** Folds every open layer's journal into its snapshot, so the folder is small and diffable (on close). */
  async compactJournals(): Promise<void> {
    await this.flush();
    await this.layers.compactAll();
  }

  /**
   * The journals Loupe left as they are instead of folding them (read-only ones), each as
   * `<file>: <why and what to do>`: what a front end tells its user when the project closes.
   */
  journalsLeft(): string[] {
    return this.layers.journalsLeft();
  }

  rel(path: string): string {
    return relative(this.dir, path).split('\\').join('/');
  }

  /** Replaces the manifest; returns the bytes it had, for an undo. */
  private async writeManifest(next: Manifest): Promise<() => Promise<void>> {
    const path = at.manifest(this.dir);
    const before = { data: this.manifestDb.data, bytes: await readFile(path) };
    this.manifestDb.data = keepProtoFields(next, manifestSchema.parse(next));
    await this.manifestDb.write();
    return async () => {
      this.manifestDb.data = before.data;
      await atomicWrite(path, before.bytes);
    };
  }
}

function manifestFile(dir: string): DurableJsonFile<Manifest> {
  return new DurableJsonFile(at.manifest(dir), manifestSchema, MANIFEST_FILE);
}
