import type { EditResult } from '../../../shared/contract';
import type { AnnouncementsStore } from './announcementsStore';
import type { SpanStep } from './editSteps';
import { spanText } from './spanText';

/** The effect of a step the window did not see, from its answer: "label schema changed, 1 span changed, 1 stance removed". */
function changeSaid(result: EditResult): string {
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
    ]),
  ];
  return parts.join(', ');
}

/**
 * What a screen reader hears after an undo or a redo: the step, when this window made it, else
 * what the answer changed.
 * @example historySaid('undo', { documentId, removed: merkel }, result, text) // 'Undid: delete PER Angela Merkel'
 */
export function historySaid(
  which: 'undo' | 'redo',
  step: SpanStep | null,
  result: EditResult,
  text: string,
): string {
  const verb = which === 'undo' ? 'Undid' : 'Redid';
  const span = step?.removed ?? step?.added;
  if (span) {
    const what = step?.removed ? 'delete' : 'label';
    return `${verb}: ${what} ${span.label} ${spanText(text, span)}`;
  }
  const changed = changeSaid(result);
  return changed ? `${verb} the last edit: ${changed}` : `${verb} the last edit`;
}

/** Says what an undo or redo did once its answer comes (nothing without announcements); answers the same promise. */
export function sayWhenDone(
  announcements: AnnouncementsStore | undefined,
  which: 'undo' | 'redo',
  step: SpanStep | null,
  answer: Promise<EditResult | null>,
  text = '',
): Promise<EditResult | null> {
  if (!announcements) return answer;
  void answer.then((result) => {
    if (result) announcements.announce(historySaid(which, step, result, text));
  });
  return answer;
}
