import type { DocumentMetadata } from '../../model';
import { readAs } from './repeatedAnnotators';
import { completedBy } from './completedBy';
import { createOffsetIndex } from '../../spans';
import { isJsonValue, unreadAnnotationKeys } from '../common';
import type { FormatDocument, JsonPathKey } from '../common';
import { readAnnotation } from './readAnnotation';
import { isKeptEmpty, KEPT_KEY, keptJson, type KeptAnnotation } from './keptAnnotation';
import type { PathProblem } from './readAnnotation';
import { givenPredictions } from './schema';
import type { LabelStudioAnnotation, LabelStudioTask } from './schema';
import { stringKeys, TEXT_FIELD } from './textField';
import { isRecord, setOwn } from '../../collections';
import { isParagraphList, keptParagraphs, layoutOf, paragraphsKeys } from './paragraphs';
import type { ParagraphLayout } from './paragraphs';
import { keptHyperText, type HyperTextLayout } from './hyperText';
import { hyperTextOfTask } from './readHyperTextRegion';

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
 * layer; with no annotation, one more without spans first (for the layer the file is imported
 * into, keeping the predictions to write back as they were). What Label Studio alone reads back (the annotation's
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
  names: {
    fallbackName: string;
    textKey?: string | undefined;
    chosen?: boolean;
    /** A table export's cells whose text is not the value read (see csvMinRecords), kept with the layer. */
    cells?: Readonly<Record<string, string>> | undefined;
    /** The task as the file has it (its keys in their order), where a region's value is kept from. */
    raw?: unknown;
  },
  problems: PathProblem[],
  warnings: PathProblem[],
): FormatDocument[] {
  const { fallbackName, textKey, chosen = false } = names;
  const cells = names.cells && Object.keys(names.cells).length > 0 ? { cells: names.cells } : {};
  // Label Studio 0.x's annotations go back under the key they came under.
  const under = task.completions && !task.annotations ? { completions: true as const } : {};
  const paragraphs = paragraphsOf(task, at, problems);
  if (paragraphs === null) return [];
  const found = paragraphs
    ? { text: paragraphs.text, key: paragraphs.key }
    : textOf(task, textKey, chosen);
  if (found === undefined) {
    const field = chosen ? textKey : undefined;
    problems.push({
      path: [...at, 'data', ...(field ? [field] : [])],
      reason: noText(task, field),
    });
    return [];
  }
  // A task whose regions lie on HTML (<HyperText>) has the text Label Studio counts in it.
  const hyperText = paragraphs ? undefined : hyperTextOfTask(task, found.key, found.text);
  if (typeof hyperText === 'string') {
    problems.push({ path: [...at, 'data', found.key], reason: `data.${found.key}: ${hyperText}` });
    return [];
  }
  const text = hyperText ? hyperText.text : found.text;
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
  warnDrafts(task, at, warnings);
  const metadata = metadataOf(task, found.key, paragraphs, hyperText);
  const taskName = `task ${task.id === undefined ? fallbackName : String(task.id)}`;
  const context = paragraphs && { layout: paragraphs, task: taskName };
  const onHtml = hyperText && {
    layout: hyperText,
    task: taskName,
    asWritten: (path: readonly JsonPathKey[]) => valueAt(names.raw, path.slice(at.length)),
  };
  const base = { name, text, stances: [], entities: [], ...(metadata ? { metadata } : {}) };
  if (sources.length === 0) {
    // No annotation but cancelled ones, if any: kept to go back as they were.
    const unannotated = {
      ...metadata,
      [KEPT_KEY]: keptJson({ unannotated: true, ...besideOf(task), ...cells, ...under }),
    };
    return [{ ...base, metadata: unannotated, spans: [], relations: [], documentLabels: {} }];
  }
  const people = readAs(
    sources.map(({ annotation, machine }) => ({
      who: machine ? annotation.model_version : annotatorOf(annotation),
      machine,
    })),
  );
  warnSharedLayers(sources, people, warnings);
  const beside = besideOf(task);
  // The predictions and cancelled annotations are kept in the task's first person's layer alone,
  // to go back once: with their last annotation, whose kept fields its layer keeps when several share it.
  const firstPerson = keeperOf(sources, people);
  const read = sources.map(({ annotation, path, machine }, k) => {
    const { kept, ...reading } = readAnnotation(
      text,
      index,
      annotation,
      path,
      problems,
      warnings,
      context,
      onHtml,
    );
    const annotator = people[k];
    const keptAll: KeptAnnotation = machine
      ? { ...kept, prediction: true, ...cells }
      : { ...kept, ...(k === firstPerson ? beside : {}), ...cells, ...under };
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
  if (sources.some((source) => !source.machine)) return read;
  // Predictions alone: the layer the file is imported into gets the task with no annotation
  // and its predictions as they were, to write back so (see keptAnnotation's `unannotated`).
  const unannotated = {
    ...metadata,
    [KEPT_KEY]: keptJson({ unannotated: true, ...beside, ...cells, ...under }),
  };
  return [
    { ...base, metadata: unannotated, spans: [], relations: [], documentLabels: {} },
    ...read,
  ];
}

/**
 * What the task's first person's layer keeps to write back beside its own annotation, as the
 * file had it (in that layer alone, so that they go back to Label Studio once, not once per
 * annotator's export): the task's predictions and its cancelled annotations (which Label
 * Studio counts apart, as cancelled_annotations).
 */
function besideOf(task: LabelStudioTask): Pick<KeptAnnotation, 'predictions' | 'cancelled'> {
  const json = (list: readonly unknown[]) => list.flatMap((p) => (isJsonValue(p) ? [p] : []));
  const predictions = json(task.predictions ?? []);
  const cancelled = json(
    [...(task.annotations ?? []), ...(task.completions ?? [])].filter((a) => a.was_cancelled),
  );
  return {
    ...(predictions.length > 0 ? { predictions } : {}),
    ...(cancelled.length > 0 ? { cancelled } : {}),
  };
}

/** The source whose layer keeps what lies beside the task's annotations: the first person's last annotation. */
function keeperOf(sources: readonly Source[], people: readonly (string | undefined)[]): number {
  const first = sources.findIndex((source) => !source.machine);
  if (first < 0) return -1;
  return sources.findLastIndex((s, k) => !s.machine && people[k] === people[first]);
}

/**
 * Two annotations of one task that name no annotator (predictions: the same model, or none) go
 * to one layer: their spans and relations are merged, and the later one's choices and kept
 * fields win. A person's second annotation goes to a layer of its own (see {@link readAs}).
 * Each said, so two annotations are never merged, nor a layer made, unseen.
 */
function warnSharedLayers(
  sources: readonly Source[],
  people: readonly (string | undefined)[],
  warnings: PathProblem[],
): void {
  const seen = new Map<string, number>();
  sources.forEach(({ annotation, path, machine }, k) => {
    const who = machine ? annotation.model_version : annotatorOf(annotation);
    const key = `${machine ? 'model' : 'person'}:${who ?? ''}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const own = people[k];
    if (!machine && who !== undefined && own !== undefined && count > 1) {
      warnings.push({
        path,
        reason: `this task has several annotations of ${who}: each goes to a layer of its own, this one read as made by ${own} (its layer is named by that), to go back to Label Studio as it was`,
      });
      return;
    }
    if (count !== 2) return;
    const named = who === undefined ? `no ${machine ? 'model_version' : 'completed_by'}` : who;
    warnings.push({
      path,
      reason: `this task has several ${machine ? 'predictions' : 'annotations'} of ${named}: they go to one layer, their spans and relations merged and the last one's choices and kept fields kept`,
    });
  });
}

/**
 * A task's drafts (work saved but not submitted: `drafts[].result`, label-studio-sdk
 * types/lse_task_drafts_item.py) are kept with the task and written back, not imported: said
 * when they hold results, so a task whose only work is a draft is not read as untouched unseen.
 */
function warnDrafts(
  task: LabelStudioTask,
  at: readonly JsonPathKey[],
  warnings: PathProblem[],
): void {
  const { drafts } = task;
  if (!Array.isArray(drafts)) return;
  drafts.forEach((draft, k) => {
    if (isRecord(draft) && Array.isArray(draft.result) && draft.result.length > 0)
      warnings.push({
        path: [...at, 'drafts', k],
        reason: `a draft (saved, not submitted) of ${draft.result.length} result${draft.result.length === 1 ? '' : 's'} is not imported; it is kept and written back to Label Studio as it was: submit it in Label Studio and export again to import it`,
      });
  });
}

function sourcesOf(
  task: LabelStudioTask,
  at: readonly JsonPathKey[],
  warnings: PathProblem[],
): Source[] {
  const list = (key: 'annotations' | 'completions' | 'predictions', machine: boolean) => {
    const items: readonly (LabelStudioAnnotation | string | number)[] = task[key] ?? [];
    // A prediction named by id alone is not in the file: kept and written back, nothing to read.
    return items.flatMap((annotation, k) =>
      typeof annotation === 'object' ? [{ annotation, path: [...at, key, k], machine }] : [],
    );
  };
  const human = [...list('annotations', false), ...list('completions', false)].filter(
    ({ annotation, path }) => {
      if (annotation.was_cancelled)
        warnings.push({
          path,
          reason:
            'a cancelled annotation is not shown; it is kept and written back to Label Studio as it was',
        });
      return !annotation.was_cancelled;
    },
  );
  return [...human, ...list('predictions', true)];
}

/**
 * The task's keys Loupe does not read, and its `data` fields other than the text and the name.
 * A field other than `text` that held the text (Label Studio reads the one its labeling config
 * names, e.g. `$description`) is kept as {@link TEXT_FIELD}, for the export to put the text
 * back there, and there alone, rather than keep it twice.
 */
function metadataOf(
  task: LabelStudioTask,
  textKey: string,
  paragraphs: ParagraphLayout | undefined,
  hyperText: HyperTextLayout | undefined,
): DocumentMetadata | undefined {
  const metadata: DocumentMetadata = {};
  for (const [key, value] of Object.entries(task))
    if (!READ_KEYS.has(key) && value !== undefined)
      setOwn(metadata, key, value as DocumentMetadata[string]);
  const data: DocumentMetadata = {};
  for (const [key, value] of Object.entries(task.data)) {
    if (key === paragraphs?.key) setOwn(data, key, keptParagraphs(paragraphs));
    if (key === hyperText?.key) setOwn(data, key, keptHyperText(hyperText));
    if (key === 'name' || key === paragraphs?.key || key === hyperText?.key || value === undefined)
      continue;
    if (key === textKey || key === 'text') {
      // `text` is kept only when it is a string another field's text was chosen over.
      if (key !== 'text') setOwn(data, key, TEXT_FIELD);
      else if (key !== textKey && typeof value === 'string') setOwn(data, key, value);
      continue;
    }
    setOwn(data, key, value as DocumentMetadata[string]);
  }
  if (Object.keys(data).length > 0) metadata.data = data;
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}

/**
 * The task's text and the `data` field holding it: `textKey` alone when the user chose it
 * (`--text-field`), else `text`, else `textKey`, else the only string.
 */
function textOf(
  task: LabelStudioTask,
  textKey: string | undefined,
  chosen: boolean,
): { text: string; key: string } | undefined {
  const { data } = task;
  const keys = stringKeys(task);
  const candidates = chosen
    ? [textKey]
    : ['text', textKey, keys.length === 1 ? keys[0] : undefined];
  const key = candidates.find((k) => k !== undefined && typeof data[k] === 'string');
  const text = key === undefined ? undefined : data[key];
  return key !== undefined && typeof text === 'string' ? { text, key } : undefined;
}

function noText(task: LabelStudioTask, chosen: string | undefined): string {
  const keys = stringKeys(task);
  if (chosen !== undefined)
    return `data.${chosen}: --text-field ${chosen} names no text in this task's data (its strings: ${keys.join(', ') || 'none'}); pass --text-field with the field that holds the text`;
  const list = Object.entries(task.data).find(([, v]) => isRecordList(v))?.[0];
  if (list !== undefined)
    return `data.${list}: a list of records without a text field; Label Studio's Paragraphs (a dialogue) keep each paragraph's text under text (its default textKey): rename the key that holds it to text${otherFields(keys, task)}`;
  if (keys.length < 2)
    return `data.text: expected the document text (a string)${otherFields(keys, task)}`;
  const named = listed(keys);
  return `data.text: no text field; data has several strings (${named}) and neither the regions' value.text nor the results' to_name single out one of them: rename the field that holds the text to text, or name the Text tag after its field (<Text name="${keys[0] ?? 'text'}" value="$${keys[0] ?? 'text'}"/>) so the results' to_name is that field, or pass --text-field ${keys[0] ?? 'text'} (or another of them) to say which holds the text`;
}

/** How to name the field holding the text when it is not under `text`: the task's strings, else its keys. */
function otherFields(keys: readonly string[], task: LabelStudioTask): string {
  if (keys.length > 0)
    return `; if one of data's strings (${listed(keys)}) is the text, pass --text-field ${keys[0] ?? 'text'} (or the one that is)`;
  const all = Object.keys(task.data);
  return all.length > 0
    ? `; data holds no string (its keys: ${listed(all)}): put the text under data.text, or in a string field and pass --text-field with its name`
    : '; data is empty: put the text under data.text';
}

/** Up to five names, then an ellipsis. */
function listed(keys: readonly string[]): string {
  return keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
}

/** A list of records each holding some string: paragraphs whose text key Loupe does not know. */
function isRecordList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((p) => isRecord(p) && Object.values(p).some((v) => typeof v === 'string'))
  );
}

/**
 * The Paragraphs list a task's text is laid out from (see {@link layoutOf}): its one paragraph
 * list, when it has no text string or has paragraphlabels regions. Null, with the problem,
 * when it has paragraphlabels regions but no list, or several lists.
 */
function paragraphsOf(
  task: LabelStudioTask,
  at: readonly JsonPathKey[],
  problems: PathProblem[],
): ParagraphLayout | undefined | null {
  const keys = paragraphsKeys(task);
  const regions = [task.annotations, task.completions, givenPredictions(task)].some((list) =>
    (list ?? []).some((a) => a.result.some((r) => r.type === 'paragraphlabels')),
  );
  if (!regions && (keys.length === 0 || typeof task.data.text === 'string')) return undefined;
  const [key] = keys;
  if (keys.length === 1 && key !== undefined) {
    const list = task.data[key];
    return isParagraphList(list) ? layoutOf(key, list) : undefined;
  }
  problems.push({
    path: [...at, 'data'],
    reason:
      keys.length === 0
        ? `data: the annotations hold paragraphlabels regions (Label Studio's Paragraphs) but data has no list of paragraphs ({"author": …, "text": …}) for them to count from; export the tasks from Label Studio with their data`
        : `data: ${keys.join(', ')} are all lists of paragraphs; Loupe reads one per task: keep the one the regions were drawn on`,
  });
  return null;
}

/** The value at `path` inside a JSON value, undefined where there is none. */
function valueAt(root: unknown, path: readonly JsonPathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value) && typeof key === 'string')
      value = Object.hasOwn(value, key) ? value[key] : undefined;
    else return undefined;
  }
  return value;
}

function annotatorOf(annotation: LabelStudioAnnotation): string | undefined {
  return completedBy(annotation.completed_by);
}
