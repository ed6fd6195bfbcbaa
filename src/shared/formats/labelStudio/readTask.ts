import type { DocumentMetadata } from '../../model';
import { createOffsetIndex } from '../../spans';
import { unreadAnnotationKeys } from '../common';
import type { FormatDocument, JsonPathKey } from '../common';
import { readAnnotation } from './readAnnotation';
import { isKeptEmpty, KEPT_KEY, keptJson, type KeptAnnotation } from './keptAnnotation';
import type { PathProblem } from './readAnnotation';
import type { LabelStudioAnnotation, LabelStudioTask } from './schema';
import { stringKeys, TEXT_FIELD } from './textField';
import { isRecord, setOwn } from '../../collections';

/** Task keys Loupe reads; the rest is kept as metadata. */
const READ_KEYS = new Set(['data', 'annotations', 'completions', 'predictions']);

interface Source {
  readonly annotation: LabelStudioAnnotation;
  readonly path: JsonPathKey[];
  readonly machine: boolean;
}

/**
 * One document per annotation of a task (1.x `annotations`, 0.x `completions`; cancelled ones
 * skipped), each in its annotator's layer, plus one per prediction, in its model's machine
 * layer; with none, one without spans. What Label Studio alone reads back (the annotation's
 * fields, results Loupe does not read, control names) is kept in the layer's metadata
 * ({@link KEPT_KEY}). The text is `data.text`, else the field
 * {@link textField} chose for the file, else the only string in `data`; the name is
 * `data.name`, else the task id, else `fallbackName`. The task's other keys (`id`, `meta`,
 * …) and other `data` fields are kept as metadata.
 * @example readTask({ data: { text: 'IBM' }, annotations: [{ result: [] }] }, [0], { fallbackName: 'tasks-1' }, problems, warnings) → [doc]
 */
export function readTask(
  task: LabelStudioTask,
  at: readonly JsonPathKey[],
  names: { fallbackName: string; textKey?: string | undefined },
  problems: PathProblem[],
  warnings: PathProblem[],
): FormatDocument[] {
  const { fallbackName, textKey } = names;
  const text = textOf(task, textKey);
  if (text === undefined) {
    problems.push({ path: [...at, 'data'], reason: noText(task) });
    return [];
  }
  const name =
    typeof task.data.name === 'string' && task.data.name !== ''
      ? task.data.name
      : task.id !== undefined
        ? String(task.id)
        : fallbackName;
  for (const key of unreadAnnotationKeys(task, READ_KEYS))
    problems.push({
      path: [...at, key],
      reason: `${key} holds annotations a Label Studio task does not have; this is not a Label Studio export (try --format auto, or --format doccano or spans-jsonl)`,
    });
  const index = createOffsetIndex(text);
  const sources = sourcesOf(task, at, warnings);
  const metadata = metadataOf(task, text);
  const base = { name, text, stances: [], entities: [], ...(metadata ? { metadata } : {}) };
  if (sources.length === 0) return [{ ...base, spans: [], relations: [], documentLabels: {} }];
  warnSharedLayers(sources, warnings);
  return sources.map(({ annotation, path, machine }) => {
    const { kept, ...reading } = readAnnotation(text, index, annotation, path, problems, warnings);
    const annotator = machine ? annotation.model_version : annotatorOf(annotation);
    const keptAll: KeptAnnotation = machine ? { ...kept, prediction: true } : kept;
    const withKept = isKeptEmpty(keptAll)
      ? metadata
      : { ...metadata, [KEPT_KEY]: keptJson(keptAll) };
    return {
      ...base,
      ...reading,
      ...(withKept ? { metadata: withKept } : {}),
      ...(annotator === undefined ? {} : { annotator }),
      ...(machine ? { machine } : {}),
    };
  });
}

/**
 * Two annotations of one task that name the same annotator, or none (predictions: the same
 * model), go to one layer: their spans and relations are merged, and the later one's choices
 * and kept fields win. Said, so two people's work is never merged unseen.
 */
function warnSharedLayers(sources: readonly Source[], warnings: PathProblem[]): void {
  const seen = new Map<string, number>();
  for (const { annotation, path, machine } of sources) {
    const who = machine ? annotation.model_version : annotatorOf(annotation);
    const key = `${machine ? 'model' : 'person'}:${who ?? ''}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count !== 2) continue;
    const named = who === undefined ? `no ${machine ? 'model_version' : 'completed_by'}` : who;
    warnings.push({
      path,
      reason: `this task has several ${machine ? 'predictions' : 'annotations'} of ${named}: they go to one layer, their spans and relations merged and the last one's choices and kept fields kept`,
    });
  }
}

function sourcesOf(
  task: LabelStudioTask,
  at: readonly JsonPathKey[],
  warnings: PathProblem[],
): Source[] {
  const list = (key: 'annotations' | 'completions' | 'predictions', machine: boolean) =>
    (task[key] ?? []).map((annotation, k) => ({ annotation, path: [...at, key, k], machine }));
  const human = [...list('annotations', false), ...list('completions', false)].filter(
    ({ annotation, path }) => {
      if (annotation.was_cancelled)
        warnings.push({ path, reason: 'a cancelled annotation is not imported' });
      return !annotation.was_cancelled;
    },
  );
  return [...human, ...list('predictions', true)];
}

/**
 * The task's keys Loupe does not read, and its `data` fields other than the text and the name.
 * A field other than `text` that held the text (Label Studio reads the one its labeling config
 * names, e.g. `$description`) is kept as {@link TEXT_FIELD}, for the export to put the text
 * back there rather than keep it twice.
 */
function metadataOf(task: LabelStudioTask, text: string): DocumentMetadata | undefined {
  const metadata: DocumentMetadata = {};
  for (const [key, value] of Object.entries(task))
    if (!READ_KEYS.has(key) && value !== undefined)
      setOwn(metadata, key, value as DocumentMetadata[string]);
  const data: DocumentMetadata = {};
  for (const [key, value] of Object.entries(task.data)) {
    if (key === 'name' || key === 'text' || value === undefined) continue;
    setOwn(data, key, value === text ? TEXT_FIELD : (value as DocumentMetadata[string]));
  }
  if (Object.keys(data).length > 0) metadata.data = data;
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}

function textOf(task: LabelStudioTask, textKey: string | undefined): string | undefined {
  const { data } = task;
  if (typeof data.text === 'string') return data.text;
  const chosen = textKey === undefined ? undefined : data[textKey];
  if (typeof chosen === 'string') return chosen;
  const keys = stringKeys(task);
  const only = keys.length === 1 ? data[keys[0] ?? ''] : undefined;
  return typeof only === 'string' ? only : undefined;
}

function noText(task: LabelStudioTask): string {
  const paragraphs = Object.entries(task.data).find(([, v]) => isParagraphList(v))?.[0];
  if (paragraphs !== undefined)
    return `data.${paragraphs}: a list of paragraphs (Label Studio's Paragraphs, a dialogue), which Loupe does not read (its paragraphlabels regions count from each paragraph, not from one text); to import the transcript, put it in one text field, with regions over that text`;
  const keys = stringKeys(task);
  if (keys.length < 2) return 'data.text: expected the document text (a string)';
  const named = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
  return `data.text: no text field; data has several strings (${named}) and the regions' value.text does not single out one of them: rename the field that holds the text to text`;
}

/** Label Studio's Paragraphs data: a list of records, each with its text (`[{ author, text }, …]`). */
function isParagraphList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((p) => isRecord(p) && Object.values(p).some((v) => typeof v === 'string'))
  );
}

function annotatorOf(annotation: LabelStudioAnnotation): string | undefined {
  const by = annotation.completed_by;
  if (typeof by === 'string' || typeof by === 'number') return String(by);
  if (typeof by === 'object' && by !== null) {
    const { email, id } = by as { email?: unknown; id?: unknown };
    if (typeof email === 'string') return email;
    if (typeof id === 'number' || typeof id === 'string') return String(id);
  }
  return undefined;
}
