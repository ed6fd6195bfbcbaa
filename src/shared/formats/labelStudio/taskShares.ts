import { KEPT_LABEL_STUDIO } from '../common/keptKeys';
import type { FormatDocument } from '../common';
import { keptAnnotationOf, keptJson, type KeptAnnotation } from './keptAnnotation';
import type { KeptFile } from './keptFile';

/**
 * The documents of several annotators' layers, made ready to go back as Label Studio holds a
 * task of several annotators, each annotation beside the others in its task: a document no
 * Label Studio file gave that holds annotations joins the task another annotator's document of
 * its name and text was read from (after the task's own documents, so the task's fields are
 * the file's); and an annotation Loupe writes anew beside another annotator's names its layer as
 * its `completed_by` (`{ "email": layer }`, which Loupe reads back into that layer) when it has
 * none of its own. Documents of one annotator come back as they were.
 * @example taskShares([amiraDoc, carolDoc]) → [amiraDoc, carolDoc in amiraDoc's task, completed_by carol]
 */
export function taskShares(documents: readonly FormatDocument[]): FormatDocument[] {
  if (new Set(documents.map((d) => d.annotator)).size < 2) return [...documents];
  const holders = new Map<string, { file: KeptFile; annotators: Set<string | undefined> }>();
  const lastPart = new Map<string, number>();
  for (const doc of documents) {
    const file = keptAnnotationOf(doc.metadata).file;
    if (!file) continue;
    const task = taskKey(file);
    lastPart.set(task, Math.max(lastPart.get(task) ?? 0, file.part));
    const { prediction: _place, ...taskFile } = file;
    const holder = holders.get(documentKey(doc)) ?? { file: taskFile, annotators: new Set() };
    holder.annotators.add(doc.annotator);
    holders.set(documentKey(doc), holder);
  }
  const rest = documents.filter((doc) => !keptAnnotationOf(doc.metadata).file);
  const several = new Set(taskGroups(rest).flatMap((group) => (group.length > 1 ? group : [])));
  return documents.map((doc) => {
    const kept = keptAnnotationOf(doc.metadata);
    if (kept.file) return doc;
    const holder = holders.get(documentKey(doc));
    if (holder && !holder.annotators.has(doc.annotator) && holdsAnnotations(doc)) {
      const task = taskKey(holder.file);
      const part = (lastPart.get(task) ?? 0) + 1;
      lastPart.set(task, part);
      return withKept(doc, { ...named(kept, doc), file: { ...holder.file, part } });
    }
    return several.has(doc) ? withKept(doc, named(kept, doc)) : doc;
  });
}

/**
 * Documents no Label Studio file gave, by task: those of one name and text from several
 * annotators' layers together (one annotator's once), in their order.
 * @example taskGroups([amiraDoc, boDoc]) → [[amiraDoc, boDoc]]
 */
export function taskGroups(
  documents: readonly FormatDocument[],
): [FormatDocument, ...FormatDocument[]][] {
  const groups = new Map<string, [FormatDocument, ...FormatDocument[]]>();
  for (const doc of documents) {
    const key = documentKey(doc);
    const group = groups.get(key);
    if (group && !group.some((d) => d.annotator === doc.annotator)) group.push(doc);
    else groups.set(group ? `${key}\0${groups.size}` : key, [doc]);
  }
  return [...groups.values()];
}

/** The kept annotation, its `completed_by` the layer's name when it has none. */
function named(kept: KeptAnnotation, doc: FormatDocument): KeptAnnotation {
  if (doc.annotator === undefined || kept.annotation?.completed_by !== undefined) return kept;
  return { ...kept, annotation: { completed_by: { email: doc.annotator }, ...kept.annotation } };
}

function withKept(doc: FormatDocument, kept: KeptAnnotation): FormatDocument {
  return { ...doc, metadata: { ...doc.metadata, [KEPT_LABEL_STUDIO]: keptJson(kept) } };
}

function holdsAnnotations(doc: FormatDocument): boolean {
  return (
    doc.spans.length > 0 || doc.relations.length > 0 || Object.keys(doc.documentLabels).length > 0
  );
}

function documentKey(doc: FormatDocument): string {
  return JSON.stringify([doc.name, doc.text]);
}

function taskKey(file: KeptFile): string {
  return JSON.stringify([file.name, file.source, file.index]);
}
