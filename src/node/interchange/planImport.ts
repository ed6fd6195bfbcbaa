import type { ImportedDocument, NewVersion } from '../../shared/contract/interchange';
import {
  collectVocabulary,
  FormatError,
  FormatErrors,
  type FormatBundle,
  type FormatDocument,
} from '../../shared/formats';
import { annotatorSchema, emptyLayer, type DocumentMeta } from '../../shared/model';
import { checkLayer, documentIdFor, textHash, type ProjectFolder } from '../store';
import { alignTexts } from './alignTexts';
import { carryLayer } from './carryLayer';
import type { ImportPlan, Monitor, PlannedDocument, PlannedUnit } from './importPlan';
import { mapEntities } from './mapEntities';
import { mergeDocument } from './mergeDocument';
import { growSchema } from './schemaAdditions';
import { WorkingLayer } from './workingLayer';

/** Who the annotations belong to: the `--annotator` given, else the file's own (Loupe files), else the local user. */
export interface AnnotatorChoice {
  readonly explicit?: string;
  readonly fallback: () => string;
}

interface Target {
  readonly id: string;
  readonly text: string;
  readonly hash: string;
  readonly length: number;
  readonly document: PlannedDocument | null;
  readonly layers: Map<string, WorkingLayer>;
}

const encoder = new TextEncoder();

/** The project's name for an imported document: its file name, `.txt` included. */
export function projectNameOf(name: string): string {
  return name.toLowerCase().endsWith('.txt') ? name : `${name}.txt`;
}

/**
 * Plans an import without writing: documents matched by text hash (attached, never
 * duplicated), a changed text under a known name added as a new version with every
 * annotator's annotations carried over, schema and entity registry grown. Problems with
 * a document throw FormatErrors, or with `skipInvalid` leave it out and list it.
 */
export async function planImport(
  store: ProjectFolder,
  bundle: FormatBundle,
  format: string,
  choice: AnnotatorChoice,
  skipInvalid: boolean,
  monitor: Monitor = {},
): Promise<ImportPlan> {
  const now = new Date().toISOString();
  const problems: FormatError[] = [];
  const grown = growSchema(store.manifest.schema, store.manifest.styles, collectVocabulary(bundle));
  const entities = mapEntities(bundle, store.entities);
  const targets = new Map<string, Target>();
  const taken = new Set(store.listDocuments().map((d) => d.id));
  const byName = latestByName(store.listDocuments());
  const annotators = await store.listAnnotators();
  const documents: ImportedDocument[] = [];
  const newVersions: NewVersion[] = [];
  let spans = 0;
  let relations = 0;
  let stances = 0;
  let alreadyPresent = 0;
  const total = bundle.documents.length;
  for (const [index, doc] of bundle.documents.entries()) {
    monitor.signal?.throwIfAborted();
    const bare = isBare(doc);
    const annotator = bare ? (choice.explicit ?? '') : annotatorOf(doc, choice);
    const problem = documentProblem(doc, annotator, bare);
    if (problem) {
      problems.push(new FormatError(doc.name, undefined, problem));
      continue;
    }
    const bytes = encoder.encode(doc.text);
    const hash = textHash(bytes);
    let outcome: ImportedDocument['outcome'] = 'attached';
    let target = targets.get(hash);
    const known = store.findByHash(hash);
    if (!target && known) target = newTarget(known.id, doc.text, hash, known.length, null);
    if (!target) {
      const name = projectNameOf(doc.name);
      const id = documentIdFor(name, taken);
      taken.add(id);
      target = newTarget(id, doc.text, hash, [...doc.text].length, { id, name, bytes });
      outcome = 'added';
      const previous = byName.get(name);
      if (previous && previous.textHash !== hash) {
        outcome = 'new_version';
        newVersions.push(await carryVersion(store, previous, target, annotators));
      }
    }
    targets.set(hash, target);
    const count = bare
      ? NOTHING
      : mergeDocument(await layerOf(store, target, annotator), doc, {
          annotator,
          now,
          entityIds: entities.ids,
        });
    spans += count.spans;
    relations += count.relations;
    stances += count.stances;
    alreadyPresent += count.alreadyPresent;
    documents.push({
      name: projectNameOf(doc.name),
      documentId: target.id,
      annotator,
      outcome,
      spans: count.spans,
      stances: count.stances,
    });
    monitor.onProgress?.({ phase: 'planning', done: index + 1, total });
  }
  const units = unitsOf([...targets.values()], now, problems);
  if (problems.length > 0 && !skipInvalid) throw new FormatErrors(problems);
  const summary = {
    format,
    written: false,
    documents,
    spans,
    relations,
    stances,
    alreadyPresent,
    entitiesAdded: entities.added.map((e) => (e.kbId ? `${e.name} (${e.kbId})` : e.name)),
    schemaAdded: grown.added,
    newVersions,
    skipped: problems.map((p) => ({
      file: p.file,
      ...(p.line === undefined ? {} : { line: p.line }),
      reason: p.reason,
    })),
    warnings: [...bundle.warnings],
  };
  const manifest = grown.changed
    ? { ...store.manifest, schema: grown.schema, styles: grown.styles }
    : null;
  return { manifest, entities: entities.added, units, summary };
}

function newTarget(
  id: string,
  text: string,
  hash: string,
  length: number,
  document: PlannedDocument | null,
): Target {
  return { id, text, hash, length, document, layers: new Map() };
}

function annotatorOf(doc: FormatDocument, choice: AnnotatorChoice): string {
  if (choice.explicit) return choice.explicit;
  if (doc.annotator && annotatorSchema.safeParse(doc.annotator).success) return doc.annotator;
  return choice.fallback();
}

const NOTHING = { spans: 0, relations: 0, stances: 0, alreadyPresent: 0 };

/** A document that brings only its text (plain text files): no layer needs an annotator. */
function isBare(doc: FormatDocument): boolean {
  return (
    doc.spans.length +
      doc.relations.length +
      doc.stances.length +
      Object.keys(doc.documentLabels).length ===
      0 && doc.status === undefined
  );
}

function documentProblem(doc: FormatDocument, annotator: string, bare: boolean): string | null {
  if (!bare && !annotatorSchema.safeParse(annotator).success)
    return `${JSON.stringify(annotator)} is not a valid annotator name`;
  if (doc.textHash !== undefined && doc.textHash !== textHash(encoder.encode(doc.text))) {
    return `textHash ${doc.textHash} does not match the document's text: its annotations were made on another text`;
  }
  return null;
}

async function layerOf(
  store: ProjectFolder,
  target: Target,
  annotator: string,
): Promise<WorkingLayer> {
  const cached = target.layers.get(annotator);
  if (cached) return cached;
  const base = target.document
    ? emptyLayer(target.id, target.hash, annotator)
    : await store.readLayer(target.id, annotator);
  const layer = new WorkingLayer(base);
  target.layers.set(annotator, layer);
  return layer;
}

/** Carries every annotator's layer of the earlier version onto the new text. */
async function carryVersion(
  store: ProjectFolder,
  previous: DocumentMeta,
  target: Target,
  annotators: readonly string[],
): Promise<NewVersion> {
  const oldText = await store.readText(previous.id);
  const alignment = alignTexts(oldText, target.text);
  const version: NewVersion = {
    name: previous.name,
    previousId: previous.id,
    documentId: target.id,
    carriedSpans: 0,
    carriedStances: 0,
    unplaced: [],
  };
  let carriedSpans = 0;
  let carriedStances = 0;
  for (const annotator of annotators) {
    const old = await store.readLayer(previous.id, annotator);
    if (old.spans.length === 0 && old.stances.length === 0 && old.status === 'todo') continue;
    const carried = carryLayer(old, alignment, oldText, await layerOf(store, target, annotator));
    carriedSpans += carried.spans;
    carriedStances += carried.stances;
    version.unplaced.push(...carried.unplaced);
  }
  return { ...version, carriedSpans, carriedStances };
}

/** Per document, the layers that changed, each checked against its text. */
function unitsOf(targets: readonly Target[], now: string, problems: FormatError[]): PlannedUnit[] {
  const units: PlannedUnit[] = [];
  for (const target of targets) {
    const layers = [...target.layers.values()].filter((l) => l.changed).map((l) => l.toLayer(now));
    const problem = layers
      .map((layer) => checkLayer(layer, target.hash, target.length))
      .find((p) => p !== null);
    if (problem) {
      problems.push(new FormatError(target.document?.name ?? target.id, undefined, problem));
      continue;
    }
    if (target.document || layers.length > 0) units.push({ document: target.document, layers });
  }
  return units;
}

function latestByName(metas: readonly DocumentMeta[]): Map<string, DocumentMeta> {
  const byName = new Map<string, DocumentMeta>();
  for (const meta of metas) {
    const known = byName.get(meta.name);
    if (!known || known.importedAt <= meta.importedAt) byName.set(meta.name, meta);
  }
  return byName;
}
