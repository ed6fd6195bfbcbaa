import { isRecord } from '../../collections';
import { givenPredictions } from './schema';
import type { LabelStudioTask } from './schema';
import { withoutSpaces } from './withoutSpaces';

/**
 * What a document's metadata keeps, in place of the text, for a `data` field other than `text`
 * that held the text: the export writes the text there again.
 */
export const TEXT_FIELD = { $loupe: 'the document text' } as const;

/** Whether a kept `data` field stands for the document text ({@link TEXT_FIELD}). */
export function isTextField(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length === 1 && value.$loupe === TEXT_FIELD.$loupe;
}

/**
 * The `data` field holding the text, for tasks without `data.text` whose data has several
 * strings (Label Studio reads the field its labeling config names, e.g. `$description`,
 * which an export does not carry): the one field, string in every such task, that every
 * `labels` region's `value.text` fits at its offsets (whitespace aside); when several fit (a
 * task answered by `choices` alone has no region to fit), the one of them the results'
 * `to_name` names in every such task (a config's object tag is often named after its field:
 * `<Text name="review" value="$review"/>`). Undefined when no task needs it, or when none or
 * several are left.
 * @example textField([{ data: { category: 'DRUG', description: 'one box of Lorazepam' }, annotations: [{ result: [{ type: 'labels', value: { start: 11, end: 20, text: 'Lorazepam' } }] }] }]) === 'description'
 */
export function textField(tasks: readonly LabelStudioTask[]): string | undefined {
  const undecided = tasks.filter(
    (t) => typeof t.data.text !== 'string' && stringKeys(t).length > 1,
  );
  const [first, ...rest] = undecided;
  if (!first) return undefined;
  const fitting = stringKeys(first).filter((key) =>
    undecided.every((task) => regionsFit(task, key)),
  );
  const named =
    fitting.length > 1
      ? fitting.filter((key) => undecided.every((task) => toNames(task).has(key)))
      : fitting;
  const [only] = named;
  return named.length === 1 && rest.every((t) => typeof t.data[only ?? ''] === 'string')
    ? only
    : undefined;
}

/** The `to_name`s of a task's results: the object tags its answers were given on. */
function toNames(task: LabelStudioTask): Set<string> {
  return new Set(
    resultsOf(task).flatMap((r) => (typeof r.to_name === 'string' ? [r.to_name] : [])),
  );
}

function resultsOf(task: LabelStudioTask) {
  return [task.annotations, task.completions, givenPredictions(task)].flatMap((list) =>
    (list ?? []).flatMap((a) => a.result),
  );
}

/** The string fields of a task's data that could hold its text (not its name). */
export function stringKeys(task: LabelStudioTask): string[] {
  return Object.keys(task.data).filter((k) => k !== 'name' && typeof task.data[k] === 'string');
}

function regionsFit(task: LabelStudioTask, key: string): boolean {
  const value = task.data[key];
  if (typeof value !== 'string') return false;
  const chars = Array.from(value);
  return resultsOf(task).every((r) => {
    if (r.type !== 'labels' || typeof r.value?.text !== 'string') return true;
    const [start, end] = [r.value.start, r.value.end];
    if (typeof start !== 'number' || typeof end !== 'number' || end > chars.length) return false;
    return withoutSpaces(chars.slice(start, end).join('')) === withoutSpaces(r.value.text);
  });
}
