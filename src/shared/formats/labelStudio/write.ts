import { createOffsetIndex } from '../../spans';
import {
  fileFields,
  freeBeside,
  isJsonValue,
  noFileNote,
  KEPT_FOR_ONE_FORMAT,
  Tally,
  tallyUnwritten,
  withoutKeptLayouts,
} from '../common';
import type {
  FormatBundle,
  WriteOptions,
  FormatDocument,
  FormatSpan,
  JsonValue,
  WriteResult,
} from '../common';
import { getOwn, isRecord, itemAt, setOwn } from '../../collections';
import {
  DEFAULT_NAMES,
  inResultOrder,
  keptAnnotationOf,
  type KeptAnnotation,
} from './keptAnnotation';
import { filedTasks } from './filedTasks';
import { tableCellValue } from './csvMin';
import { isTextField } from './textField';
import { paragraphRegionValues } from './paragraphRegions';
import { isKeptParagraphs, paragraphsOfMetadata, type ParagraphLayout } from './paragraphs';
import { hyperTextOfMetadata, isKeptHyperText, type HyperTextLayout } from './hyperText';
import { hyperTextRegionValues } from './hyperTextRegions';
import { regionOrigin } from './regionOrigin';
import { RELATION_REASONS, relationResults } from './relationResults';
import { attributeChoices, groupedChoices } from './choiceResults';
import { taskRegionFacts, type LabelsControl, type TaskRegionFacts } from './taskRegionFacts';
import { taskGroups, taskShares } from './taskShares';

export { RELATION_REASONS } from './relationResults';

/** The file Label Studio tasks are written to. */
export const LABEL_STUDIO_FILE = 'labelstudio.json';
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Writes Label Studio tasks (with the metadata they were imported with), one annotation per
 * layer (several layers' documents of a task go back together in it, see {@link taskShares}): spans as `labels` regions
 * (from_name `label`, or the labels control the task's other regions use, to_name `text`, code point offsets, `value.text`), relations,
 * span notes as per-region `textarea` (`note`), text attributes as per-region `choices`,
 * document labels as `choices`. A discontinuous span becomes one region per fragment; a span
 * accepted from a model's suggestion carries the origin Label Studio gives a region taken
 * from a prediction (see {@link regionOrigin}) and that region's `score`. What
 * a Label Studio file came with is written back: the controls' names, the annotation's
 * fields, the results Loupe does not read, and a prediction as a prediction.
 * Tasks read from a file go back to it in its folder (see {@link filedTasks}) unless
 * `options.together` asks for every task in `labelstudio.json` (`labelstudio-2.json` when a
 * file written back has that name, and a note says which).
 * @example writeLabelStudio(bundle).files[0].path === 'labelstudio.json'
 */
export function writeLabelStudio(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const shares = taskShares(bundle.documents);
  const filed = options.together ? { files: [], rest: shares } : filedTasks(shares, tally, taskOf);
  const places = new Map(shares.map((doc, i) => [doc, i]));
  const tasks = taskGroups(filed.rest).map((group) =>
    taskOf(group, places.get(itemAt(group, 0)) ?? 0, tally),
  );
  const spans = bundle.documents.reduce((sum, doc) => sum + doc.spans.length, 0);
  // Every relation is written (a task written back as it was holds its own) but those counted as left out.
  const relations =
    bundle.documents.reduce((sum, doc) => sum + doc.relations.length, 0) -
    tally.count(RELATION_REASONS.unwritten);
  const path = freeBeside(LABEL_STUDIO_FILE, filed.files);
  const own = { path, content: `${JSON.stringify(tasks, null, 2)}\n` };
  const unfiled = filed.rest.filter((doc) => !keptAnnotationOf(doc.metadata).file).length;
  if (unfiled > 0 && filed.files.length > 0) tally.note(noFileNote(path), unfiled);
  return {
    files: [...(tasks.length > 0 || filed.files.length === 0 ? [own] : []), ...filed.files],
    summary: tally.summary({ documents: bundle.documents.length, spans, stances: 0, relations }),
  };
}

/**
 * One task from the documents read from it (one, or one per annotation and prediction), with
 * the metadata the file came with (`id`, `meta`, other `data` fields) as it was: each person's
 * annotation under the key the task had them under, and the predictions (a model's document
 * in the place of its prediction among those kept).
 */
function taskOf(docs: readonly FormatDocument[], i: number, tally: Tally, hadName = false): object {
  const facts = taskRegionFacts(docs);
  const written = docs.map((doc) => annotationOf(doc, tally, facts));
  const people = written.filter((w) => w.kept.prediction !== true);
  const base = people[0] ?? itemAt(written, 0);
  const { data, id, ...rest } = fileFields(withoutKeptLayouts(base.doc.metadata));
  const fields: Record<string, unknown> = {};
  let textHeld = false; // the text came in a field of its own, where it is written back
  if (isRecord(data))
    for (const [key, value] of Object.entries(data)) {
      textHeld ||= isTextField(value) || isKeptHyperText(value);
      setOwn(fields, key, dataValue(value, base.doc.text));
    }
  tally.note(TABLE_CELL_READ, readOtherwise(fields, base.kept));
  const paragraphs = paragraphsOfMetadata(base.doc.metadata, base.doc.text) !== undefined;
  const annotations = people.flatMap((w) => (w.none ? [] : [w.annotation]));
  const cancelled = people.flatMap((w) => w.kept.cancelled ?? []);
  const predictions = predictionsOf(written);
  const taskId = typeof id === 'number' || typeof id === 'string' ? id : i + 1;
  // The name, unless the task's id gives it (as read) and the task had none.
  const named = hadName || base.doc.name !== String(taskId) ? { name: base.doc.name } : {};
  return {
    id: taskId,
    ...rest,
    // The text under `text` unless it came in another field (written back there alone, as the
    // project's labeling config reads it); a Paragraphs task's text is its list of paragraphs.
    data:
      paragraphs || textHeld
        ? { ...fields, ...named }
        : { ...fields, text: base.doc.text, ...named },
    ...(people.length > 0
      ? { [base.kept.completions ? 'completions' : 'annotations']: [...annotations, ...cancelled] }
      : {}),
    ...(predictions ? { predictions } : {}),
  };
}

/** One document's annotation (a person's, or a model's prediction), and what it kept. */
interface WrittenAnnotation {
  readonly doc: FormatDocument;
  readonly kept: KeptAnnotation;
  readonly annotation: object;
  /** A task that came with no annotation, to which nothing was added: it goes back with none. */
  readonly none: boolean;
}

function annotationOf(
  doc: FormatDocument,
  tally: Tally,
  facts: TaskRegionFacts,
): WrittenAnnotation {
  const kept = keptAnnotationOf(doc.metadata);
  const paragraphs = paragraphsOfMetadata(doc.metadata, doc.text);
  const html = paragraphs ? undefined : hyperTextOfMetadata(doc.metadata, doc.text);
  const result = results(doc, kept, tally, { paragraphs, html }, facts);
  const none = kept.unannotated === true && result.length === 0 && doc.spans.length === 0;
  return { doc, kept, annotation: { ...kept.annotation, result }, none };
}

/**
 * The task's predictions: those a person's document kept as they were, each model's document
 * written in the place of the prediction it was read from (`KeptFile.prediction`), the others
 * after them; undefined when there are none to write.
 */
function predictionsOf(written: readonly WrittenAnnotation[]): unknown[] | undefined {
  const kept = written.find((w) => w.kept.prediction !== true && w.kept.predictions)?.kept;
  const out: unknown[] = [...(kept?.predictions ?? [])];
  const models = written.filter((w) => w.kept.prediction === true);
  if (!kept?.predictions && models.length === 0) return undefined;
  for (const w of models) {
    const at = w.kept.file?.prediction;
    if (kept?.predictions && at !== undefined && at < out.length) out[at] = w.annotation;
    else out.push(w.annotation);
  }
  return out;
}

/** A kept `data` field as Label Studio holds it: the text where it came from, a Paragraphs list, a HyperText task's HTML. */
function dataValue(value: unknown, text: string): unknown {
  if (isTextField(value)) return text;
  if (isKeptParagraphs(value)) return value.paragraphs;
  return isKeptHyperText(value) ? value.html : value;
}

/** What counts the data cells of a table export written as the value Label Studio's CSV import reads from them. */
export const TABLE_CELL_READ =
  'data cell of a CSV or TSV export written as Label Studio\'s CSV import reads it (TRUE as true, NA as "")';

/**
 * How many data fields of a table export hold the value Label Studio's CSV import (pandas'
 * `read_csv(...).fillna('')`, label_studio/data_import/models.py) read from a cell of other
 * text (`TRUE` read as true, `NA` as ""): written as that value, as Label Studio holds it.
 */
function readOtherwise(fields: Readonly<Record<string, unknown>>, kept: KeptAnnotation): number {
  let count = 0;
  for (const [key, cell] of Object.entries(kept.cells ?? {}))
    if (Object.hasOwn(fields, key) && tableCellValue(cell) === fields[key]) count++;
  return count;
}

function results(
  doc: FormatDocument,
  kept: KeptAnnotation,
  tally: Tally,
  layouts: { paragraphs: ParagraphLayout | undefined; html: HyperTextLayout | undefined },
  facts: TaskRegionFacts,
): unknown[] {
  const { paragraphs, html } = layouts;
  tallyUnwritten(doc, tally, [
    'entity link',
    'stance',
    'event',
    'equivalence set',
    ...KEPT_FOR_ONE_FORMAT,
  ]);
  const valuesOf = regionValues(doc.text, layouts, tally, kept);
  const type = paragraphs ? 'paragraphlabels' : (html?.type ?? 'labels');
  const taken = new Set<string>();
  const regionOf = new Map<string, string>();
  const names = namesOf(kept, facts.control(type));
  const out: object[] = [];
  doc.spans.forEach((span, i) => {
    const values = valuesOf(span);
    if (values.length === 0) return;
    if (values.length > 1) tally.add('discontinuous span written as separate regions');
    const region = regionIdOf(span, kept);
    const ids = values.map((_, k) =>
      freshId(k === 0 ? region : undefined, `s${i + 1}${k === 0 ? '' : `-${k + 1}`}`, taken),
    );
    if (span.id !== undefined && ids[0]) regionOf.set(span.id, ids[0]);
    const from = names.labelsOf(span.label);
    const extra = region === undefined ? undefined : getOwn(kept.regions ?? {}, region);
    const origin = regionOrigin(span, extra?.origin);
    const originField = origin === undefined ? {} : { origin };
    const score = extra?.score === undefined ? acceptedScore(span, facts) : undefined;
    values.forEach((value, k) =>
      out.push({
        id: itemAt(ids, k),
        from_name: from,
        to_name: names.to(from),
        type,
        value: { ...value, [type]: [span.label] },
        ...extra,
        ...originField,
        ...(score === undefined ? {} : { score }),
      }),
    );
    const { text: _text, [type]: _labels, ...place } = itemAt(values, 0);
    if (span.note !== undefined)
      out.push({
        ...perRegion(itemAt(ids, 0), 'textarea', names.note, names.to(names.note), {
          ...place,
          text: noteText(span, kept),
        }),
        ...originField,
      });
    for (const [name, values] of attributeChoices(span, kept, tally))
      out.push({
        ...perRegion(itemAt(ids, 0), 'choices', name, names.to(name), {
          ...place,
          choices: values,
        }),
        ...originField,
      });
  });
  out.push(...relationResults(doc.relations, regionOf, tally, kept.emptyLabels === true));
  for (const [name, values] of groupedChoices(doc.documentLabels, kept)) {
    const extra = getOwn(kept.choices ?? {}, name);
    const wanted = typeof extra?.id === 'string' ? extra.id : undefined;
    const id = freshId(wanted, 'document-label', taken);
    out.push({
      ...perRegion(id, 'choices', name, names.to(name), { choices: values }),
      ...extra,
      id,
    });
  }
  return inResultOrder([...out, ...(kept.results ?? [])], kept.resultOrder);
}

/** A note's `value.text`: as the file had it (several lines, a bare string) while the note is unchanged, else one line. */
function noteText(span: FormatSpan, kept: KeptAnnotation): string | string[] {
  const note = span.note ?? '';
  const region = regionIdOf(span, kept);
  const had = region === undefined ? undefined : getOwn(kept.noteTexts ?? {}, region);
  return had !== undefined && [had].flat().join('\n') === note ? had : [note];
}

/**
 * The control names a file came with: a label's own, else, for a label the file never had, the
 * labels control the annotation's other labels use most, else the one the task's regions of its
 * type use (`control`), so Label Studio shows the region; else Loupe's.
 */
function namesOf(kept: KeptAnnotation, control: LabelsControl | undefined) {
  const own = mostUsed(Object.values(kept.labels ?? {}));
  const fallback = own ?? control?.from ?? DEFAULT_NAMES.labels;
  return {
    labelsOf: (label: string) => getOwn(kept.labels ?? {}, label) ?? fallback,
    to: (from: string) =>
      getOwn(kept.to ?? {}, from) ??
      (own === undefined && from === control?.from ? control.to : DEFAULT_NAMES.object),
    note: kept.note ?? DEFAULT_NAMES.note,
  };
}

/** The name given most often (the first of a tie), if any. */
function mostUsed(names: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = name;
  return best;
}

/**
 * The `score` of the prediction region a span was accepted from, as Label Studio keeps it on a
 * region taken from a prediction (its editor copies the prediction's results, and writes a
 * result's `score` whenever it has one: regions/Result.js serialize); the prediction's own score
 * is not the region's, and is not copied.
 */
function acceptedScore(span: FormatSpan, facts: TaskRegionFacts): number | undefined {
  const from = span.provenance;
  return from === undefined ? undefined : facts.score(from.annotator, from.spanId);
}

/**
 * Each span's region values: `{start, end, text}` per fragment in code points of the text,
 * or a Paragraphs task's `{start, end, startOffset, endOffset, text}` (see {@link paragraphRegionValues}),
 * or a HyperText task's XPaths and `globalOffsets` (see {@link hyperTextRegionValues}).
 */
function regionValues(
  text: string,
  layouts: { paragraphs: ParagraphLayout | undefined; html: HyperTextLayout | undefined },
  tally: Tally,
  kept: KeptAnnotation,
): (span: FormatSpan) => Record<string, unknown>[] {
  const { paragraphs, html } = layouts;
  if (paragraphs)
    return (span) => paragraphRegionValues(paragraphs, span, tally).map((v) => ({ ...v }));
  if (html) return (span) => hyperTextRegionValues(html, span, tally, keptValue(span, kept));
  const index = createOffsetIndex(text);
  return (span) =>
    span.fragments.map((f) => ({
      start: f.start,
      end: f.end,
      text: text.slice(index.toUtf16(f.start), index.toUtf16(f.end)),
    }));
}

/** The region value a span came with, as the file had it (see KeptAnnotation's `values`). */
function keptValue(span: FormatSpan, kept: KeptAnnotation): JsonValue | undefined {
  const region = regionIdOf(span, kept);
  const json = region === undefined ? undefined : getOwn(kept.values ?? {}, region);
  if (json === undefined) return undefined;
  const value: unknown = JSON.parse(json);
  return isJsonValue(value) ? value : undefined;
}

function perRegion(
  id: string,
  type: string,
  fromName: string,
  toName: string,
  value: object,
): object {
  return { id, from_name: fromName, to_name: toName, type, value };
}

/** The id of the region a span was read from: its own, unless the project gave it another. */
function regionIdOf(span: FormatSpan, kept: KeptAnnotation): string | undefined {
  return span.id === undefined ? undefined : (getOwn(kept.regionIds ?? {}, span.id) ?? span.id);
}

function freshId(wanted: string | undefined, fallback: string, taken: Set<string>): string {
  let id = wanted !== undefined && SAFE_ID.test(wanted) && !taken.has(wanted) ? wanted : fallback;
  for (let n = 2; taken.has(id); n++) id = `${fallback}-${n}`;
  taken.add(id);
  return id;
}
