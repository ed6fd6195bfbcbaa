import { isRecord } from '../../collections';
import type { JsonObjectLine } from '../common';

/**
 * Where a record answered by a named annotator goes (Prodigy's `_annotator_id`, a database
 * export of a session several annotators worked in): the document of its task, one layer per
 * annotator.
 */
export interface TaskPlace {
  /** The document's name: that of the task's first record in the file. */
  readonly name: string;
  /** The annotator: `_annotator_id`, without the `<dataset>-` every annotator id of the file begins with. */
  readonly annotator: string;
  /** The file names several annotators: the record is its annotator's, whatever layer an import names. */
  readonly several: boolean;
  /** The `_annotator_id` of each record of the task in the file, this one's included, in the file's order. */
  readonly answeredBy: readonly string[];
}

/**
 * Prodigy's name for a session no annotator named (`?session=` not given): the time it began,
 * `2024-02-06_10-17-19`, perhaps after the dataset's name. It names no annotator: one person's
 * sessions of several days are one person's work.
 */
const UNNAMED_SESSION = /(?:^|-)\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$/;

/**
 * By line, the place of each record of a file that names its annotator (see {@link TaskPlace}):
 * records of one task (the same `meta.name` and `_input_hash`, else the same text) answered
 * by different annotators are one document, named after the first of them (`nameOf`); an
 * annotator's second record of a task (`ner.teach` asks about one text several times) goes
 * with the others' second. Records without `_annotator_id`, or with Prodigy's unnamed
 * session's, have none.
 * @example taskPlaces([{ line: 1, record: { text: 'a', _input_hash: 7, _annotator_id: 'news-alice' } }, { line: 2, record: { text: 'a', _input_hash: 7, _annotator_id: 'news-bo' } }], nameOf).get(2) → { name: 'f-1', annotator: 'bo', several: true, answeredBy: ['news-alice', 'news-bo'] }
 */
export function taskPlaces(
  records: readonly JsonObjectLine[],
  nameOf: (record: Record<string, unknown>, line: number) => string,
): Map<number, TaskPlace> {
  const named = records.flatMap(({ line, record }) => {
    const id = annotatorIdOf(record);
    return id === null || typeof record.text !== 'string' ? [] : [{ line, record, id }];
  });
  const ids = [...new Set(named.map((r) => r.id))];
  const prefix = sharedPrefix(ids);
  const tasks = new Map<string, { name: string; answeredBy: string[] }>();
  const seen = new Map<string, number>();
  const taskOf = named.map(({ line, record, id }) => {
    const key = taskKey(record);
    const slot = seen.get(JSON.stringify([key, id])) ?? 0;
    seen.set(JSON.stringify([key, id]), slot + 1);
    const taskId = JSON.stringify([key, slot]);
    let task = tasks.get(taskId);
    if (!task) tasks.set(taskId, (task = { name: nameOf(record, line), answeredBy: [] }));
    task.answeredBy.push(id);
    return task;
  });
  const places = new Map<number, TaskPlace>();
  named.forEach(({ line, id }, i) => {
    const task = taskOf[i];
    if (!task) return;
    const annotator = id.slice(prefix.length);
    places.set(line, { ...task, annotator, several: ids.length > 1 });
  });
  return places;
}

/** The record's `meta.name`, when it has one. */
export function metaName(record: Record<string, unknown>): string | null {
  const meta = isRecord(record.meta) ? record.meta : {};
  return typeof meta.name === 'string' && meta.name !== '' ? meta.name : null;
}

/** A record's `_annotator_id`, when it names an annotator. */
function annotatorIdOf(record: Record<string, unknown>): string | null {
  const id = record._annotator_id;
  return typeof id === 'string' && id.trim() !== '' && !UNNAMED_SESSION.test(id) ? id : null;
}

/** What tells a record's task: its `meta.name` and `_input_hash`, else its text. */
function taskKey(record: Record<string, unknown>): string {
  const hash = record._input_hash;
  const input =
    typeof hash === 'number' || typeof hash === 'string' ? ['hash', hash] : ['text', record.text];
  return JSON.stringify([metaName(record), ...input]);
}

/**
 * The `<dataset>-` every id begins with (Prodigy names a session's annotator `<dataset>-<session>`):
 * the ids' common beginning up to its last dash, when there are several ids and each is longer.
 * @example sharedPrefix(['ner-news-alice', 'ner-news-al']) === 'ner-news-'
 */
function sharedPrefix(ids: readonly string[]): string {
  const [first, ...others] = ids;
  if (first === undefined || others.length === 0) return '';
  let common = first;
  for (const id of others) {
    let n = 0;
    while (n < common.length && n < id.length && common[n] === id[n]) n++;
    common = common.slice(0, n);
  }
  const prefix = common.slice(0, common.lastIndexOf('-') + 1);
  return ids.every((id) => id.length > prefix.length) ? prefix : '';
}
