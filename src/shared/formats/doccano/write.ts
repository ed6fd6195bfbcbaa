import { createOffsetIndex } from '../../spans';
import {
  fileFields,
  freeBeside,
  noFileNote,
  KEPT_FOR_ONE_FORMAT,
  Tally,
  tallyUnwritten,
  withoutKeptLayouts,
} from '../common';
import type { FormatBundle, WriteOptions, FormatDocument, WriteResult } from '../common';
import { splitCategories } from '../common/categories';
import { EntityIds } from './entityIds';
import { filedFiles } from './filedFiles';
import { RECORD_UNWRITTEN } from './jsonlFile';
import { isRecordForm, keptDoccanoOf } from './keptDoccano';
import { layerShares } from './layerShares';
import { sharedRecord } from './sharedRecord';
import { RELATIONS_LEFT_OUT, relationsWritten } from './relationsLeftOut';

/** The file doccano JSONL is written to. */
export const DOCCANO_FILE = 'doccano.jsonl';

/**
 * Writes doccano JSONL with UTF-16 offsets: when no document has spans, text classification
 * records `{"name", "text", "label": ["CATEGORY", …]}`; else the sequence labeling variant
 * `{"name", "text", "label": [[s, e, "L"]]}`, or, when any document has relations, the
 * relation variant with numbered `entities` and `relations`; categories as `cats`, and the
 * metadata a doccano file came with (`id`, `doc_id`, `meta`, …) as it was. A discontinuous
 * span becomes one entity per fragment (relations use the first). A record read with
 * `entities` is written with them again (objects with the ids it came with, or triples);
 * documents read from a JSON Lines file or doccano's fastText or CSV export go back to their
 * file under its name, in its form, an unedited record, line or row as it was (see {@link filedFiles}),
 * unless `options.together` asks for every record in `doccano.jsonl` (`doccano-2.jsonl` when a
 * file written back has that name, and a note says which).
 * @example writeDoccano(bundle).files[0].content === '{"name":"a","text":"😀 IBM","label":[[3,6,"ORG"]]}\n'
 */
export function writeDoccano(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const shares = layerShares(bundle.documents);
  const filed = options.together ? { files: [], rest: shares } : filedFiles(shares, tally);
  const documents = filed.rest;
  const inRest = new Set(documents);
  for (const doc of shares)
    if (!inRest.has(doc) && !isRecordForm(keptDoccanoOf(doc.metadata)?.file?.form))
      tallyUnwritten(doc, tally, CLASSIFIED_UNWRITTEN);
  const withRelations = documents.some((doc) => doc.relations.length > 0);
  const classification = documents.every(
    (doc) => doc.spans.length === 0 && !keptDoccanoOf(doc.metadata)?.entities,
  );
  const lines = byDocument(documents).map(([doc, ...others]) =>
    JSON.stringify(
      others.length > 0
        ? sharedRecord([doc, ...others], tally)
        : classification
          ? classified(doc, tally)
          : record(doc, withRelations, tally),
    ),
  );
  const spans = bundle.documents.reduce((sum, doc) => sum + doc.spans.length, 0);
  const path = freeBeside(DOCCANO_FILE, filed.files);
  const jsonl = { path, content: lines.map((line) => `${line}\n`).join('') };
  const unfiled = documents.filter((doc) => !keptDoccanoOf(doc.metadata)?.file).length;
  if (unfiled > 0 && filed.files.length > 0) tally.note(noFileNote(path), unfiled);
  return {
    files: [...(documents.length > 0 || filed.files.length === 0 ? [jsonl] : []), ...filed.files],
    summary: tally.summary({
      documents: bundle.documents.length,
      spans,
      stances: 0,
      relations: relationsWritten(bundle.documents, tally),
    }),
  };
}

/** The documents in their order, those of one name and text from several annotators' layers together. */
function byDocument(documents: readonly FormatDocument[]): [FormatDocument, ...FormatDocument[]][] {
  const groups = new Map<string, [FormatDocument, ...FormatDocument[]]>();
  for (const doc of documents) {
    const key = JSON.stringify([doc.name, doc.text]);
    const group = groups.get(key);
    if (group && !group.some((d) => d.annotator === doc.annotator)) group.push(doc);
    else groups.set(group ? `${key}\0${groups.size}` : key, [doc]);
  }
  return [...groups.values()];
}

/** What a text classification record (or a fastText line, a CSV row) leaves out. */
const CLASSIFIED_UNWRITTEN = [
  'stance',
  'event',
  'equivalence set',
  ...KEPT_FOR_ONE_FORMAT,
] as const;

/**
 * A text classification record, as doccano exports one: the categories under `label`
 * (doccano reads them there, not from `cats`).
 */
function classified(doc: FormatDocument, tally: Tally): object {
  tallyUnwritten(doc, tally, CLASSIFIED_UNWRITTEN);
  const { categories, others } = splitCategories(doc.documentLabels);
  tally.add('document label other than a category', others.length);
  return { ...fileFields(doc.metadata), name: doc.name, text: doc.text, label: categories };
}

function record(doc: FormatDocument, withRelations: boolean, tally: Tally): object {
  tallyUnwritten(doc, tally, RECORD_UNWRITTEN);
  const { categories, others } = splitCategories(doc.documentLabels);
  tally.add('document label other than a category', others.length);
  const head = {
    ...fileFields(withoutKeptLayouts(doc.metadata)),
    name: doc.name,
    text: doc.text,
    ...(categories.length > 0 ? { cats: categories } : {}),
  };
  tally.add(
    'discontinuous span written as separate spans',
    doc.spans.filter((s) => s.fragments.length > 1).length,
  );
  const index = createOffsetIndex(doc.text);
  const kept = keptDoccanoOf(doc.metadata)?.entities;
  const objects = withRelations || doc.relations.length > 0 || kept?.objects === true;
  if (!objects) {
    const triples = doc.spans.flatMap((s) =>
      s.fragments.map((f) => [index.toUtf16(f.start), index.toUtf16(f.end), s.label]),
    );
    return kept ? { ...head, entities: triples } : { ...head, label: triples };
  }
  const ids = new EntityIds(kept?.ids ?? []);
  const firstEntity = new Map<string, number | string>();
  const entities: object[] = [];
  for (const span of doc.spans) {
    for (const f of span.fragments) {
      const id = ids.next(f.start, f.end, span.label);
      if (span.id !== undefined && !firstEntity.has(span.id)) firstEntity.set(span.id, id);
      entities.push({
        id,
        label: span.label,
        start_offset: index.toUtf16(f.start),
        end_offset: index.toUtf16(f.end),
      });
    }
  }
  const relationIds = new EntityIds(kept?.relationIds ?? []);
  const relations: object[] = [];
  for (const r of doc.relations) {
    const from = firstEntity.get(r.from);
    const to = firstEntity.get(r.to);
    if (from === undefined || to === undefined) {
      tally.add(RELATIONS_LEFT_OUT.unwritten);
      continue;
    }
    if (r.note !== undefined) tally.add('relation note');
    relations.push({
      id: relationIds.next(from, to, r.type),
      from_id: from,
      to_id: to,
      type: r.type,
    });
  }
  const withKey = withRelations || relations.length > 0 || kept?.relations === true || !kept;
  return { ...head, entities, ...(withKey ? { relations } : {}) };
}
