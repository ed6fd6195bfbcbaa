import { createOffsetIndex } from '../../spans';
import type { FormatDocument, JsonPathKey } from '../common';
import { readAnnotation } from './readAnnotation';
import type { PathProblem } from './readAnnotation';
import type { LabelStudioAnnotation, LabelStudioTask } from './schema';

/**
 * One document per annotation of a task (cancelled ones skipped); with no annotations,
 * one per prediction; with neither, one without spans. The text is `data.text`, or the
 * only string in `data`; the name is `data.name`, else the task id, else `fallbackName`.
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
  const index = createOffsetIndex(text);
  const annotations = (task.annotations ?? [])
    .map((annotation, k) => ({ annotation, path: [...at, 'annotations', k] }))
    .filter(({ annotation, path }) => {
      if (annotation.was_cancelled)
        warnings.push({ path, reason: 'a cancelled annotation is not imported' });
      return !annotation.was_cancelled;
    });
  const predictions = (task.predictions ?? []).map((annotation, k) => ({
    annotation,
    path: [...at, 'predictions', k],
  }));
  const sources = annotations.length > 0 ? annotations : predictions;
  const base = { name, text, stances: [], entities: [] };
  if (sources.length === 0) return [{ ...base, spans: [], relations: [], documentLabels: {} }];
  return sources.map(({ annotation, path }) => {
    const reading = readAnnotation(text, index, annotation, path, problems, warnings);
    const annotator = annotatorOf(annotation);
    return { ...base, ...reading, ...(annotator === undefined ? {} : { annotator }) };
  });
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
  return annotation.model_version;
}
