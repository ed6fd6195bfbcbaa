import { isRecord } from '../../collections';
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
 * `labels` region's `value.text` fits at its offsets (whitespace aside). Undefined when no
 * task needs it, or when none or several fit.
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
  const [only] = fitting;
  return fitting.length === 1 && rest.every((t) => typeof t.data[only ?? ''] === 'string')
    ? only
    : undefined;
}

/** The string fields of a task's data that could hold its text (not its name). */
export function stringKeys(task: LabelStudioTask): string[] {
  return Object.keys(task.data).filter((k) => k !== 'name' && typeof task.data[k] === 'string');
}

function regionsFit(task: LabelStudioTask, key: string): boolean {
  const value = task.data[key];
  if (typeof value !== 'string') return false;
  const chars = Array.from(value);
  const results = [task.annotations, task.completions, task.predictions].flatMap((list) =>
    (list ?? []).flatMap((a) => a.result),
  );
  return results.every((r) => {
    if (r.type !== 'labels' || typeof r.value?.text !== 'string') return true;
    const [start, end] = [r.value.start, r.value.end];
    if (typeof start !== 'number' || typeof end !== 'number' || end > chars.length) return false;
    return withoutSpaces(chars.slice(start, end).join('')) === withoutSpaces(r.value.text);
  });
}
