import type { DocumentMetadata } from '../../model';
import { createOffsetIndex } from '../../spans';
import { unreadAnnotationKeys } from '../common';
import type { FormatDocument, JsonPathKey } from '../common';
import { readAnnotation } from './readAnnotation';
import type { PathProblem } from './readAnnotation';
import type { LabelStudioAnnotation, LabelStudioTask } from './schema';
import { setOwn } from '../../collections';

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
 * layer; with none, one without spans. The text is `data.text`, or the only string in
 * `data`; the name is `data.name`, else the task id, else `fallbackName`. The task's other
 * keys (`id`, `meta`, …) and other `data` fields are kept as metadata.
 * @example readTask({ data: { text: 'IBM' }, annotations: [{ result: [] }] }, [0], 'tasks-1', problems, warnings) → [doc]
 */
export function readTask(
  task: LabelStudioTask,
  at: readonly JsonPathKey[],
  fallbackName: string,
  problems: PathProblem[],
  warnings: PathProblem[],
): FormatDocument[] {
  const text = textOf(task.data);
  if (text === undefined) {
    problems.push({
      path: [...at, 'data'],
      reason: 'data.text: expected the document text (a string)',
    });
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
  return sources.map(({ annotation, path, machine }) => {
    const reading = readAnnotation(text, index, annotation, path, problems, warnings);
    const annotator = machine ? annotation.model_version : annotatorOf(annotation);
    return {
      ...base,
      ...reading,
      ...(annotator === undefined ? {} : { annotator }),
      ...(machine ? { machine } : {}),
    };
  });
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

function metadataOf(task: LabelStudioTask, text: string): DocumentMetadata | undefined {
  const metadata: DocumentMetadata = {};
  for (const [key, value] of Object.entries(task))
    if (!READ_KEYS.has(key) && value !== undefined)
      setOwn(metadata, key, value as DocumentMetadata[string]);
  const data = Object.fromEntries(
    Object.entries(task.data).filter(
      ([key, value]) => key !== 'name' && !(key === 'text' || value === text),
    ),
  ) as DocumentMetadata;
  if (Object.keys(data).length > 0) metadata.data = data;
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}

function textOf(data: Record<string, unknown>): string | undefined {
  if (typeof data.text === 'string') return data.text;
  const strings = Object.entries(data).flatMap(([key, value]) =>
    key !== 'name' && typeof value === 'string' ? [value] : [],
  );
  return strings.length === 1 ? strings[0] : undefined;
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
