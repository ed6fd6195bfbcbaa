import type { Fragment } from '../../spans';
import { formatPath } from '../common';
import type { JsonPathKey } from '../common';
import type { PathProblem, SpanDraft } from './readAnnotation';
import type { LabelStudioResult } from './schema';

/**
 * How a region reader names a region in its messages (`[0].annotations[0].result[2] (task 7,
 * region "r1")`), and a `complain` that records a problem (on the region's value unless told
 * where) and gives undefined, for the reader to return.
 * @example regionReading('task 7', result, path, problems).complain('value.start is missing')
 */
export function regionReading(
  task: string,
  result: LabelStudioResult,
  path: readonly JsonPathKey[],
  problems: PathProblem[],
): { at: string; complain: (reason: string, where?: readonly JsonPathKey[]) => undefined } {
  const at = `${formatPath(path)} (${task}, region ${JSON.stringify(result.id ?? null)})`;
  const complain = (reason: string, where: readonly JsonPathKey[] = [...path, 'value']) => {
    problems.push({ path: where, reason: `${at}: ${reason}` });
    return undefined;
  };
  return { at, complain };
}

/** Whether a value is a list of labels (non-empty strings), at least one. */
export function isLabelList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((label) => typeof label === 'string' && label !== '')
  );
}

/**
 * One span per label of a region, over the same fragments: the first keeps the region's id,
 * the others `id.2`, `id.3`, ….
 * @example spanDrafts('r1', ['A', 'B'], [f]) → [{ id: 'r1', label: 'A', … }, { id: 'r1.2', label: 'B', … }]
 */
export function spanDrafts(
  id: string,
  labels: readonly string[],
  fragments: Fragment[],
): SpanDraft[] {
  return labels.map((label, k) => ({ id: k === 0 ? id : `${id}.${k + 1}`, label, fragments }));
}
