import { isRecord, setOwn } from '../../collections';
import type { FormatBundle, WriteResult } from '../common';
import { isMinChoiceObject } from './minChoices';
import { inMinKeyOrder, minChoiceObjectsOf, minKeysOf } from './minKeyOrder';
import { RELATION_REASONS, writeLabelStudio } from './write';

/** The file Label Studio's JSON-MIN records are written to. */
export const LABEL_STUDIO_MIN_FILE = 'labelstudio-min.json';

/**
 * Writes Label Studio's JSON-MIN export, as Label Studio writes it: one flat record per task
 * holding the task's data fields, its `id`, each control's results under the control's name
 * (a labels control's regions as a list of `{start, end, text, labels}`; a single choice or
 * one line of text as the plain value), then `annotator` (the e-mail or user id),
 * `annotation_id`, `created_at`, `updated_at` and `lead_time`, null when unknown; a field a
 * JSON-MIN file held after `id` (a control Loupe kept as data: a choice, a textarea's line) goes
 * back there, in the file's order. The controls
 * are named as the file Loupe read them from named them, else `label`. JSON-MIN holds no
 * relations: they are counted as not written.
 * @example writeLabelStudioMin(bundle).files[0].path === 'labelstudio-min.json'
 */
export function writeLabelStudioMin(bundle: FormatBundle): WriteResult {
  const full = writeLabelStudio(bundle);
  const tasks: unknown = JSON.parse(full.files[0]?.content ?? '[]');
  const after = minKeysOf(bundle.documents);
  const objects = minChoiceObjectsOf(bundle.documents);
  const records = Array.isArray(tasks)
    ? tasks
        .filter(isRecord)
        .flatMap((task) =>
          onlyCancelled(task) ? [] : [inMinKeyOrder(minRecord(task, objects), after)],
        )
    : [];
  const relations = bundle.documents.reduce((sum, doc) => sum + doc.relations.length, 0);
  // Every relation is counted once, as one JSON-MIN cannot hold, not again for its note or ends.
  const partly: readonly string[] = Object.values(RELATION_REASONS);
  const notExpressed = Object.fromEntries(
    Object.entries(full.summary.notExpressed).filter(
      ([reason]) => relations === 0 || !partly.includes(reason),
    ),
  );
  if (relations > 0) setOwn(notExpressed, 'relation (JSON-MIN holds none)', relations);
  const { relations: _written, ...summary } = full.summary;
  return {
    files: [{ path: LABEL_STUDIO_MIN_FILE, content: `${JSON.stringify(records, null, 2)}\n` }],
    summary: { ...summary, notExpressed },
  };
}

/**
 * Whether a task's annotations were all cancelled (skipped): Label Studio's converter writes no
 * JSON-MIN (or CSV) record for it, where a task of no annotation gets one of null fields
 * (label-studio-sdk src/label_studio_sdk/converter/converter.py, annotation_result_from_task).
 */
function onlyCancelled(task: Readonly<Record<string, unknown>>): boolean {
  const list = task.annotations;
  return Array.isArray(list) && list.length > 0 && list.every(isCancelled);
}

/** An annotation its annotator cancelled (`was_cancelled`, or 0.x's `skipped`), which the converter passes over. */
function isCancelled(annotation: unknown): boolean {
  return isRecord(annotation) && (annotation.was_cancelled === true || annotation.skipped === true);
}

/** A task of Label Studio's JSON export as its JSON-MIN record; a single choice of an `objects` control as `{"choices": [name]}`. */
function minRecord(
  task: Readonly<Record<string, unknown>>,
  objects: ReadonlySet<string>,
): Record<string, unknown> {
  const data = isRecord(task.data) ? { ...task.data } : {};
  // The name Loupe gave a task from its id is not written: reading the id gives it back.
  if (data.name === String(task.id)) delete data.name;
  // Label Studio's converter reads annotations alone; Loupe's model layers go out as predictions.
  const list = Array.isArray(task.annotations) ? task.annotations : task.predictions;
  const [annotation] = Array.isArray(list)
    ? list.filter((a) => !isCancelled(a)).filter(isRecord)
    : [];
  const record: Record<string, unknown> = { ...data, id: task.id };
  const results = Array.isArray(annotation?.result) ? annotation.result.filter(isRecord) : [];
  for (const [name, values] of byControl(results))
    setOwn(record, name, plain(values, objects.has(name)));
  const by = annotation?.completed_by;
  const annotator = isRecord(by) ? by.email : by;
  record.annotator =
    typeof annotator === 'string' || typeof annotator === 'number' ? annotator : null;
  record.annotation_id = annotation?.id ?? null;
  for (const key of ['created_at', 'updated_at', 'lead_time'])
    setOwn(record, key, annotation?.[key] ?? null);
  if (task.agreement !== undefined) record.agreement = task.agreement;
  return record;
}

/** The results' values by the control (`from_name`) that gave them, with their type; relations have none. */
function byControl(
  results: readonly Record<string, unknown>[],
): Map<string, { type: unknown; value: Record<string, unknown> }[]> {
  const out = new Map<string, { type: unknown; value: Record<string, unknown> }[]>();
  const grouped = new Map<string, Record<string, unknown>[]>();
  for (const r of results) {
    if (typeof r.from_name !== 'string' || !isRecord(r.value)) continue;
    grouped.set(r.from_name, [...(grouped.get(r.from_name) ?? []), r]);
  }
  for (const [name, list] of grouped)
    out.set(
      name,
      inMinOrder(name, list).map((r) => ({
        type: r.type,
        value: isRecord(r.value) ? r.value : {},
      })),
    );
  return out;
}

/**
 * A control's results in the order a JSON-MIN file listed them when they came from one (their
 * ids `name-1`, `name-2`, … as read), else as they are (Loupe's, by position).
 */
function inMinOrder(
  name: string,
  results: readonly Record<string, unknown>[],
): readonly Record<string, unknown>[] {
  const places = results.map((r) =>
    typeof r.id === 'string' && r.id.startsWith(`${name}-`)
      ? Number(r.id.slice(name.length + 1))
      : NaN,
  );
  if (!places.every((n) => Number.isInteger(n))) return results;
  return results
    .map((r, i) => ({ r, at: places[i] ?? 0 }))
    .sort((a, b) => a.at - b.at)
    .map(({ r }) => r);
}

/**
 * A control's values as JSON-MIN gives them: a choice or a line of text alone as the plain
 * value (a choice as `{"choices": [name]}` where the file read wrote it so: `asObject`), else
 * the value itself; a choices or textarea control with one result as that one.
 */
function plain(
  values: readonly { type: unknown; value: Record<string, unknown> }[],
  asObject: boolean,
): unknown {
  const out = values.map(({ type, value }) => {
    if (type === 'choices' && asObject && isMinChoiceObject(value)) return value;
    const list = type === 'choices' ? value.choices : type === 'textarea' ? value.text : undefined;
    return Array.isArray(list) && list.length === 1 ? list[0] : value;
  });
  const type = values.at(-1)?.type;
  return (type === 'choices' || type === 'textarea') && out.length === 1 ? out[0] : out;
}
