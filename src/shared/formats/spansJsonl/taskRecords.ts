import { isRecord } from '../../collections';
import { recordHolders } from '../common';
import type { FilePlace, FormatDocument } from '../common';
import type { DocumentMetadata } from '../../model';
import { ANSWERED_KEY } from './keptFields';
import { recordLayoutOf } from './recordLayout';

/** What a record of another annotator of a task, not written, is counted under. */
export const OTHER_ANNOTATORS =
  'record of another annotator of its task, in that annotator’s layer (export the layers together: --annotators)';

/**
 * Where a record of a named annotator was in its file (`$prodigy.order`: the file's key and
 * the record's line), so the records of several layers go back in the order they came.
 * @example recordPlaceOf({ ...doc, metadata: { $prodigy: { order: ['8c1e02aa', 3] } } }) → { file: '8c1e02aa', index: 3 }
 */
export function recordPlaceOf(doc: FormatDocument): FilePlace | undefined {
  const order = keptOf(doc).order;
  if (!Array.isArray(order)) return undefined;
  const [file, index] = order;
  return typeof file === 'string' && typeof index === 'number' ? { file, index } : undefined;
}

/**
 * How many records of a task's annotators (`$prodigy.answeredBy`, the `_annotator_id`s its
 * file gave) the documents written leave out: those of layers not exported with them.
 * @example othersLeftOut([aliceDoc]) === 1 // alice's and bob's records of one task, bob's layer not exported
 */
export function othersLeftOut(documents: readonly FormatDocument[]): number {
  const tasks = new Map<string, { written: Set<string>; answeredBy: Set<string> }>();
  for (const doc of documents) {
    const answeredBy = keptOf(doc).answeredBy;
    if (!Array.isArray(answeredBy)) continue;
    const key = JSON.stringify([doc.name, doc.text]);
    let task = tasks.get(key);
    if (!task) tasks.set(key, (task = { written: new Set(), answeredBy: new Set() }));
    const id = doc.metadata?._annotator_id;
    if (typeof id === 'string') task.written.add(id);
    for (const by of answeredBy) if (typeof by === 'string') task.answeredBy.add(by);
  }
  let left = 0;
  for (const { written, answeredBy } of tasks.values())
    for (const id of answeredBy) if (!written.has(id)) left++;
  return left;
}

/**
 * The documents of several annotators' layers, each layer made in Loupe (no record of its
 * own) that annotated a task other annotators' records hold given that task (see
 * `recordHolders`): the first such record's `_input_hash`, `_task_hash`, `_view_id` and
 * `meta`, answered `accept` by `<dataset>-<annotator>` (`_annotator_id`, `_session_id`), its
 * keys in that record's order and style, as Prodigy writes a named session's record, so an
 * import of the file gives it its layer again.
 * @example joinedTasks([alice, carol])[1].metadata → { _input_hash: 7, …, answer: 'accept', _annotator_id: 'ner_news-carol', _session_id: 'ner_news-carol' }
 */
export function joinedTasks(documents: readonly FormatDocument[]): FormatDocument[] {
  const holders = recordHolders(documents, (doc) => annotatorIdOf(doc) !== undefined);
  return documents.map((doc) => {
    const holder = holders.get(doc);
    const id = holder && annotatorIdOf(holder);
    if (!holder || id === undefined || doc.annotator === undefined) return doc;
    const layer = holder.annotator ?? '';
    const dataset = layer !== '' && id.endsWith(layer) ? id.slice(0, -layer.length) : '';
    const task: DocumentMetadata = {};
    for (const key of TASK_KEYS) {
      const value = holder.metadata?.[key];
      if (value !== undefined) task[key] = value;
    }
    const own = `${dataset}${doc.annotator}`;
    const answered = { answer: 'accept', _annotator_id: own, _session_id: own };
    const metadata: DocumentMetadata = { ...task, ...doc.metadata, ...answered };
    // The record's keys in the order, and JSON in the style, of the task's; its name only if theirs has one.
    const { texts: _texts, ...layout } = recordLayoutOf(holder.metadata) ?? {};
    if (Object.keys(layout).length > 0) metadata[ANSWERED_KEY] = { layout: { ...layout } };
    return { ...doc, metadata };
  });
}

/** What tells Prodigy a record's task: its hashes, interface and `meta`. */
const TASK_KEYS = ['_input_hash', '_task_hash', '_view_id', 'meta'];

function annotatorIdOf(doc: FormatDocument): string | undefined {
  const id = doc.metadata?._annotator_id;
  return typeof id === 'string' ? id : undefined;
}

function keptOf(doc: FormatDocument): Record<string, unknown> {
  const kept = doc.metadata?.[ANSWERED_KEY];
  return isRecord(kept) ? kept : {};
}
