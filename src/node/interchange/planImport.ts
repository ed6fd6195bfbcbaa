import type { ImportedDocument, NewVersion } from '../../shared/contract/interchange';
import {
  collectVocabulary,
  FormatError,
  FormatErrors,
  keepsTaskLists,
  withoutTaskListsKeptElsewhere,
  type FormatBundle,
  type FormatDocument,
} from '../../shared/formats';
import { annotatorSchema, documentPath, emptyLayer, type DocumentMeta } from '../../shared/model';
import { checkLayer, givenTitle, textHash, type ProjectFolder } from '../store';
import { alignTexts } from './alignTexts';
import { AnnotatorNames, annotatorOf, type AnnotatorChoice } from './annotatorOf';
import { DocumentTargets, type Target } from './documentTargets';
import { KindCounts } from './kindCounts';
import { keptCollectionFiles } from './keptCollectionFiles';
import { carryLayer } from './carryLayer';
import type { ImportPlan, Monitor, PlannedUnit } from './importPlan';
import { mapEntities } from './mapEntities';
import { mergeDocument } from './mergeDocument';
import { adoptTopics } from './adoptTopics';
import { growSchema } from './schemaAdditions';
import { WorkingLayer } from './workingLayer';

const encoder = new TextEncoder();

/**
 * Plans an import without writing: documents matched by name and text (the same is attached,
 * never duplicated; the same text under another name is another document), a changed text
 * under a known name added as a new version with every annotator's annotations carried
 * over, schema and entity registry grown. Problems with a document throw FormatErrors, or
 * with `skipInvalid` leave it out and list it.
 */
export async function planImport(
  store: ProjectFolder,
  read: FormatBundle,
  format: string,
  choice: AnnotatorChoice,
  skipInvalid: boolean,
  monitor: Monitor = {},
): Promise<ImportPlan> {
  const now = new Date().toISOString();
  const problems: FormatError[] = [];
  const bundle = adoptTopics(read, store.manifest.schema.topics);
  const grown = growSchema(store.manifest.schema, store.manifest.styles, collectVocabulary(bundle));
  const entities = mapEntities(bundle, store.entities);
  const targets = new DocumentTargets(store);
  const names = new AnnotatorNames(bundle);
  const batch = { names, several: names.severalAnnotators(bundle) };
  const annotators = await store.listAnnotators();
  const documents: ImportedDocument[] = [];
  const titles: Record<string, string> = {};
  const newVersions: NewVersion[] = [];
  const totals = {
    spans: 0,
    relations: 0,
    stances: 0,
    events: 0,
    equivalences: 0,
    alreadyPresent: 0,
  };
  const total = bundle.documents.length;
  const kinds = new KindCounts();
  for (const [index, doc] of bundle.documents.entries()) {
    monitor.signal?.throwIfAborted();
    kinds.read(doc);
    const bare = isBare(doc);
    const annotator = bare ? (choice.explicit ?? '') : annotatorOf(doc, choice, batch);
    const problem = documentProblem(doc, annotator, bare);
    if (problem) {
      problems.push(new FormatError(documentPath(doc), undefined, problem));
      kinds.skipped(doc);
      continue;
    }
    const { target, outcome, sameTextAs, previous, byText } = targets.place(doc, annotator);
    const title = doc.title?.trim().replace(/\s+/g, ' ').slice(0, 300);
    if (title && outcome !== 'attached' && !givenTitle(store.manifest.titles, target.id))
      titles[target.id] = title;
    if (previous) newVersions.push(await carryVersion(store, previous, target, annotators));
    const count = bare
      ? NOTHING
      : mergeDocument(
          await layerOf(store, target, annotator),
          await taskListsOnce(store, target, annotator, annotators, doc),
          {
            annotator,
            now,
            entityIds: entities.ids,
          },
        );
    for (const key of COUNTED) totals[key] += count[key];
    kinds.merged(doc, count, { documentId: target.id, outcome });
    documents.push({
      name: target.name,
      documentId: target.id,
      annotator,
      ...(doc.machine === true && !bare ? { machine: true as const } : {}),
      outcome,
      spans: count.spans,
      stances: count.stances,
      ...(count.events > 0 ? { events: count.events } : {}),
      ...(sameTextAs === undefined ? {} : { sameTextAs }),
      ...(doc.source === undefined ? {} : { source: doc.source }),
      ...(byText
        ? {
            byText: doc.name,
            ...(doc.namedByPlace === undefined ? {} : { file: doc.namedByPlace }),
          }
        : {}),
    });
    monitor.onProgress?.({ phase: 'planning', done: index + 1, total });
  }
  const units = unitsOf(targets.all(), now, problems);
  if (problems.length > 0 && !skipInvalid) throw new FormatErrors(problems);
  const summary = {
    format,
    written: false,
    documents,
    documentCounts: kinds.documents(),
    ...totals,
    kinds: kinds.list(),
    entitiesAdded: entities.added.map((e) => (e.kbId ? `${e.name} (${e.kbId})` : e.name)),
    schemaAdded: grown.added,
    newVersions,
    skipped: problems.map((p) => ({
      file: p.file,
      ...(p.line === undefined ? {} : { line: p.line }),
      reason: p.reason,
    })),
    warnings: [...bundle.warnings, ...names.warnings, ...annotatorNotUsed(bundle, choice)],
  };
  const titled = Object.keys(titles).length > 0;
  const collectionFiles = keptCollectionFiles(store.manifest, bundle.collectionFiles);
  const manifest =
    grown.changed || titled || collectionFiles
      ? {
          ...store.manifest,
          ...(grown.changed ? { schema: grown.schema, styles: grown.styles } : {}),
          ...(titled ? { titles: { ...store.manifest.titles, ...titles } } : {}),
          ...(collectionFiles ? { collectionFiles } : {}),
        }
      : null;
  return { manifest, entities: entities.added, units, summary };
}

const NOTHING = {
  spans: 0,
  relations: 0,
  stances: 0,
  events: 0,
  equivalences: 0,
  documentLabels: 0,
  alreadyPresent: 0,
};
const COUNTED = [
  'spans',
  'relations',
  'stances',
  'events',
  'equivalences',
  'alreadyPresent',
] as const satisfies readonly (keyof typeof NOTHING)[];

/** A document that brings only its text (plain text files): no layer needs an annotator. */
/** Why `--annotator` names no layer of records a file gives several annotators (Prodigy's `_annotator_id`). */
function annotatorNotUsed(bundle: FormatBundle, choice: AnnotatorChoice): string[] {
  const fixed = bundle.documents.filter((doc) => doc.annotatorFixed === true);
  if (choice.explicit === undefined || fixed.length === 0) return [];
  const who = [...new Set(fixed.map((doc) => doc.annotator))].join(', ');
  return [
    `--annotator ${choice.explicit} names no layer of ${fixed.length === 1 ? 'the record' : `the ${fixed.length} records`} whose file names several annotators (${who}): each is in its annotator's layer, so their work is not mixed`,
  ];
}

function isBare(doc: FormatDocument): boolean {
  return (
    doc.spans.length +
      doc.relations.length +
      doc.stances.length +
      (doc.events?.length ?? 0) +
      (doc.equivalences?.length ?? 0) +
      Object.keys(doc.documentLabels).length +
      Object.keys(doc.metadata ?? {}).length ===
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

/**
 * The document without the Label Studio predictions, or cancelled annotations, it keeps when
 * another layer of its target (on disk, or earlier in this import) keeps the same ones: a
 * task's predictions and cancelled annotations are stored in one person's layer alone, and go
 * back to Label Studio once, however many import the task.
 */
async function taskListsOnce(
  store: ProjectFolder,
  target: Target,
  annotator: string,
  annotators: readonly string[],
  doc: FormatDocument,
): Promise<FormatDocument> {
  if (!keepsTaskLists(doc.metadata)) return doc;
  const names = new Set([...(target.document ? [] : annotators), ...target.layers.keys()]);
  names.delete(annotator);
  const others = await Promise.all([...names].map((name) => layerOf(store, target, name)));
  const metadata = withoutTaskListsKeptElsewhere(
    doc.metadata,
    others.map((layer) => layer.metadata),
  );
  return metadata === doc.metadata ? doc : { ...doc, ...(metadata ? { metadata } : {}) };
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
    name: documentPath(previous),
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
      problems.push(new FormatError(target.name, undefined, problem));
      continue;
    }
    if (target.document || layers.length > 0) units.push({ document: target.document, layers });
  }
  return units;
}
