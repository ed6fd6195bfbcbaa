import { getOwn } from '../../../shared/collections';
import type { EditResult, LayerChange } from '../../../shared/contract';
import type { AnnouncementsStore } from './announcementsStore';
import type { SpanStep } from './editSteps';
import { spanText } from './spanText';

/** The open document's labels and status before an undo or redo, to say which of them it changed. */
export interface LayerBefore {
  readonly documentId: string;
  readonly documentLabels: Readonly<Record<string, string>>;
  readonly status: string;
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  todo: 'to do',
  in_progress: 'in progress',
  done: 'done',
};

/** The document labels and status a change gave the layer `before` describes: "source type now newspaper". */
function labelsSaid(change: LayerChange, before: LayerBefore | undefined): string[] {
  if (!before || change.documentId !== before.documentId) return [];
  const after = change.documentLabels;
  const names = [...new Set([...Object.keys(before.documentLabels), ...Object.keys(after)])];
  const said = names
    .filter((name) => getOwn(before.documentLabels, name) !== getOwn(after, name))
    .map((name) => `${name} now ${getOwn(after, name) ?? 'none'}`);
  if (change.status !== before.status)
    said.push(`status now ${getOwn(STATUS_WORDS, change.status) ?? change.status}`);
  return said;
}

/**
 * The effect of a step the window did not see, from its answer: "label schema changed, 1 span
 * changed, 1 stance removed", "source type now newspaper".
 */
function changeSaid(result: EditResult, before?: LayerBefore): string {
  const count = (n: number, what: string, done: string): string[] =>
    n === 0 ? [] : [`${n} ${what}${n === 1 ? '' : 's'} ${done}`];
  const parts = [
    ...(result.projectChanged ? ['label schema changed'] : []),
    ...result.changes.flatMap((c) => [
      ...count(c.upserted.length, 'span', 'changed'),
      ...count(c.removed.length, 'span', 'removed'),
      ...count(c.stancesUpserted.length, 'stance', 'changed'),
      ...count(c.stancesRemoved.length, 'stance', 'removed'),
      ...count(c.relationsUpserted.length, 'relation', 'changed'),
      ...count(c.relationsRemoved.length, 'relation', 'removed'),
      ...labelsSaid(c, before),
    ]),
  ];
  return parts.join(', ');
}

/**
 * What a screen reader hears after an undo or a redo: the step, when this window made it, else
 * what the answer changed (the open document's labels and status by name, from `before`).
 * @example historySaid('undo', { documentId, removed: merkel }, result, text) // 'Undid: delete PER Angela Merkel'
 */
export function historySaid(
  which: 'undo' | 'redo',
  step: SpanStep | null,
  result: EditResult,
  text: string,
  before?: LayerBefore,
): string {
  const verb = which === 'undo' ? 'Undid' : 'Redid';
  if (step?.decision) return `${verb}: ${step.decision.said}`;
  const span = step?.removed ?? step?.added;
  if (span) {
    const what = step?.removed ? 'delete' : 'label';
    return `${verb}: ${what} ${span.label} ${spanText(text, span)}`;
  }
  const changed = changeSaid(result, before);
  return changed ? `${verb} the last edit: ${changed}` : `${verb} the last edit`;
}

/**
 * Says what an undo or redo did once its answer comes (nothing without announcements), against
 * the labels and status `before` gives then; answers the same promise.
 */
export function sayWhenDone(
  announcements: AnnouncementsStore | undefined,
  which: 'undo' | 'redo',
  step: SpanStep | null,
  answer: Promise<EditResult | null>,
  text = '',
  before?: () => LayerBefore | undefined,
): Promise<EditResult | null> {
  if (!announcements) return answer;
  void answer.then((result) => {
    if (result) announcements.announce(historySaid(which, step, result, text, before?.()));
  });
  return answer;
}
