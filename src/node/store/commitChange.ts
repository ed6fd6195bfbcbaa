import { access, rmdir, unlink } from 'node:fs/promises';
import {
  keepProtoFields,
  documentMetaSchema,
  entitySchema,
  FORMAT_VERSION,
  type DocumentMeta,
  type Manifest,
  windowsNameProblem,
} from '../../shared/model';
import { codePointLength } from '../../shared/spans';
import { publishExclusive, reserveSpace, syncFolders, type FolderSyncs } from './atomicWrite';
import { decodeUtf8 } from './decodeUtf8';
import type { DocumentIndex } from './documentIndex';
import { eachAtMost } from './eachAtMost';
import type { EntityRegistry } from './entityRegistry';
import type { CommitMonitor, FolderChange, LayerWrite } from './folderChange';
import type { LayerFiles } from './layerFiles';
import type { NewDocument } from './newDocument';
import { projectLayout as at } from './projectLayout';
import { stableStringify } from './stableStringify';
import { StoreError } from './storeError';
import { textHash } from './textHash';

/** The parts of a ProjectFolder a commit writes through. */
export interface CommitTarget {
  readonly dir: string;
  readonly documents: DocumentIndex;
  readonly layers: LayerFiles;
  readonly entities: EntityRegistry;
  /** Replaces the manifest and returns how to put the old one back. */
  writeManifest(next: Manifest): Promise<Undo>;
}

type Undo = () => Promise<void>;

/**
 * Writes one FolderChange all-or-nothing (see ProjectFolder.commit): check, reserve, write
 * manifest, entities, documents, layers in that order, undo in reverse on any failure.
 */
export async function commitChange(
  target: CommitTarget,
  change: FolderChange,
  monitor: CommitMonitor,
  absentFolders?: ReadonlySet<string>,
): Promise<void> {
  refuseWindowsNames(target, change);
  const documents = (change.documents ?? []).map((doc) => prepareDocument(target, doc));
  await checkTexts(target, change, documents);
  await reserveRewrites(target, change);
  const undo: Undo[] = [];
  const groups = byDocument(documents, change.layers ?? []);
  undo.push(await removeNewFolders(target, change, absentFolders));
  try {
    monitor.signal?.throwIfAborted();
    if (change.manifest) undo.push(await target.writeManifest(change.manifest));
    for (const [id, entity] of change.entities ?? []) {
      const before = target.entities.get(id) ?? null;
      await target.entities.put(id, entity);
      undo.push(() => target.entities.put(id, before));
    }
    await writeGroups(target, groups, undo, monitor);
  } catch (error) {
    for (const back of undo.reverse()) await back().catch(() => undefined);
    throw error;
  }
}

/**
 * Refuses a change to the layers of a document whose text cannot be read (missing, replaced,
 * damaged): its offsets are checked against the meta's length alone, and a text nobody can
 * read again makes them meaningless. A text checked since it last changed costs one lstat.
 */
async function checkTexts(
  target: CommitTarget,
  change: FolderChange,
  documents: readonly PreparedDocument[],
): Promise<void> {
  const added = new Set(documents.map((doc) => doc.meta.id));
  const ids = new Set((change.layers ?? []).map(({ layer }) => layer.documentId));
  for (const id of ids) {
    // A document this change adds was just read; an unknown one is refused by its layer write.
    if (added.has(id) || !target.documents.has(id)) continue;
    await target.documents.checkText(id).catch((error: unknown) => {
      if (!(error instanceof StoreError)) throw error;
      throw new StoreError(
        error.file,
        `${error.reason}. Nothing was saved: Loupe saves no edit of a document whose text it cannot read`,
        error.code === 'io' ? 'invalid' : error.code,
        error.line,
      );
    });
  }
}

/**
 * Writes the documents and layers of a change, several at a time: every new document's text,
 * then their metas, then the layers, each folder synced once after each step, so no file names
 * another that a power cut could take back. Each file is complete and fsynced before its name
 * appears. Progress counts documents whose files are all written; every undo is pushed as its
 * file is written.
 */
async function writeGroups(
  target: CommitTarget,
  groups: readonly DocumentGroup[],
  undo: Undo[],
  monitor: CommitMonitor,
): Promise<void> {
  const { signal } = monitor;
  let done = 0;
  const finished = () => {
    done++;
    if (groups.length > 1 && !signal?.aborted)
      monitor.onProgress?.({ phase: 'writing', done, total: groups.length });
  };
  const folders: FolderSyncs = new Set();
  const added = groups.flatMap(({ document, layers }) => (document ? [{ document, layers }] : []));
  await eachAtMost(
    added,
    WRITERS,
    async ({ document }) =>
      void undo.push(await writeDocumentPart(target, document, 'text', folders)),
    signal,
  );
  await syncFolders(folders); // no meta names a text a power cut could take back
  await eachAtMost(
    added,
    WRITERS,
    async ({ document, layers }) => {
      undo.push(await writeDocumentPart(target, document, 'meta', folders));
      if (layers.length === 0) finished();
    },
    signal,
  );
  await syncFolders(folders);
  const layered = groups.filter((group) => group.layers.length > 0);
  await eachAtMost(
    layered,
    WRITERS,
    async ({ layers }) => {
      for (const { layer, basedOn } of layers)
        undo.push(await target.layers.write(layer, basedOn, folders));
      finished();
    },
    signal,
  );
  await syncFolders(folders);
}

/** Documents written at once: enough to keep the disk's queue and Node's file threads busy. */
const WRITERS = 8;

/** What is written for one document: the document itself when new, and its layers. */
interface DocumentGroup {
  readonly document: PreparedDocument | null;
  readonly layers: LayerWrite[];
}

/** Groups a change's writes by document, new documents first, in the change's order. */
function byDocument(
  documents: readonly PreparedDocument[],
  layers: readonly LayerWrite[],
): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const document of documents) groups.set(document.meta.id, { document, layers: [] });
  for (const write of layers) {
    const id = write.layer.documentId;
    const group = groups.get(id) ?? { document: null, layers: [] };
    group.layers.push(write);
    groups.set(id, group);
  }
  return [...groups.values()];
}

interface PreparedDocument {
  readonly meta: DocumentMeta;
  readonly text: string;
  readonly bytes: Uint8Array;
}

function prepareDocument(target: CommitTarget, doc: NewDocument): PreparedDocument {
  const text = decodeUtf8(doc.bytes);
  if (text === null) throw new StoreError(doc.name, 'not valid UTF-8', 'corrupt');
  if (target.documents.has(doc.id))
    throw new StoreError(doc.name, `document id ${doc.id} is taken`, 'invalid');
  const meta = documentMetaSchema.parse({
    formatVersion: FORMAT_VERSION,
    id: doc.id,
    name: doc.name,
    textHash: textHash(doc.bytes),
    length: codePointLength(text),
    importedAt: new Date().toISOString(),
    ...(doc.source ? { source: doc.source } : {}),
    ...(doc.folder ? { folder: doc.folder } : {}),
  });
  return { meta, text, bytes: doc.bytes };
}

/**
 * Writes a new document's text (`part` 'text') or, once every text is written, its meta, only if
 * the name is free (the folder synced with `folders`); the meta makes it known to the index.
 */
async function writeDocumentPart(
  target: CommitTarget,
  doc: PreparedDocument,
  part: 'text' | 'meta',
  folders: FolderSyncs,
): Promise<Undo> {
  const { id, name } = doc.meta;
  const [path, file, data] =
    part === 'text'
      ? [at.text(target.dir, id), `documents/${id}.txt`, doc.bytes]
      : [at.documentMeta(target.dir, id), `documents/${id}.json`, stableStringify(doc.meta)];
  if (!(await publishExclusive(path, data, undefined, folders))) {
    const listed = access(at.documentMeta(target.dir, id)).then(
      () => true,
      () => false,
    );
    const orphan = part === 'text' && !(await listed);
    throw new StoreError(
      name,
      orphan
        ? `${file} already exists without its metadata documents/${id}.json, so Loupe does not list it (loupe validate names it); nothing was imported: restore the metadata from git, or remove the text, and import again`
        : `${file} already exists (another import added it)`,
      'invalid',
    );
  }
  if (part === 'text') return () => removeIfPresent(path);
  target.documents.added(doc.meta, doc.text);
  return async () => {
    await removeIfPresent(path);
    target.documents.removed(id);
  };
}

/**
 * For a change that rewrites several existing files (an edit of many layers, a schema change
 * with its layers): room on disk for all of them before the first is written, since undoing
 * a half-done change would need room too. New files need none: undoing them frees room.
 */
async function reserveRewrites(target: CommitTarget, change: FolderChange): Promise<void> {
  const count =
    (change.manifest ? 1 : 0) + (change.entities?.size ?? 0) + (change.layers?.length ?? 0);
  if (count <= 1) return; // one file: its own write fails before it replaces anything
  const files: { path: string; data: string }[] = [];
  if (change.manifest)
    files.push({ path: at.manifest(target.dir), data: stableStringify(change.manifest) });
  for (const [id, entity] of change.entities ?? [])
    files.push({
      path: at.entity(target.dir, id),
      data: stableStringify(entity ? keepProtoFields(entity, entitySchema.parse(entity)) : {}),
    });
  // A layer takes the room of its journal record, or of its new snapshot when it is rewritten.
  for (const { layer } of change.layers ?? []) {
    const reserved = target.layers.reservation(layer);
    if (reserved) files.push(reserved);
  }
  if (files.length > 1) await reserveSpace(files, target.dir);
}

/**
 * Annotator folders the change will create, removed again (if still empty) when it fails.
 * `known` is what the write-target check found absent (it resolved every one of them).
 */
async function removeNewFolders(
  target: CommitTarget,
  change: FolderChange,
  known?: ReadonlySet<string>,
): Promise<Undo> {
  const annotators = new Set((change.layers ?? []).map(({ layer }) => layer.annotator));
  const absent: string[] = [];
  for (const annotator of annotators) {
    const folder = at.annotatorFolder(target.dir, annotator);
    const missing = known
      ? known.has(folder)
      : !(await access(folder).then(
          () => true,
          () => false,
        ));
    if (missing) refuseWindowsName(`annotations/${annotator}`, annotator, 'annotator name');
    if (missing) absent.push(folder);
  }
  return async () => {
    for (const folder of absent) await rmdir(folder).catch(() => undefined);
  };
}

/** Refuses a name a teammate on Windows could not check out, before anything is written. */
function refuseWindowsName(file: string, name: string, what: string): void {
  const problem = windowsNameProblem(name);
  if (problem)
    throw new StoreError(
      file,
      `${problem}: a project holding it cannot be checked out on Windows by a teammate; choose another ${what}`,
      'invalid',
    );
}

/**
 * New documents and entities get names a teammate on Windows can check out (files already
 * there are still rewritten: `validate` names them). Checks names only: no I/O.
 */
function refuseWindowsNames(target: CommitTarget, change: FolderChange): void {
  for (const doc of change.documents ?? [])
    refuseWindowsName(`documents/${doc.id}.txt`, doc.id, 'document id');
  for (const [id, entity] of change.entities ?? [])
    if (entity && !target.entities.get(id))
      refuseWindowsName(`entities/${id}.json`, id, 'entity id');
}

async function removeIfPresent(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
