import { contextPath, formatChord, type CommandContext } from '../../../../shared/commands';
import type { CommandKeyEntry } from '../../commands';

/** One item of a decision view's key list: one or more keys and, in few words, what they do. */
export interface DecisionKeyItem {
  readonly id: string;
  readonly keys: readonly string[];
  readonly does: string;
  /** Each key with what it does in full, for the tooltip. */
  readonly full: string;
}

/** Commands whose keys read as one item ("J K next, previous"), all of them keyed or none grouped. */
const GROUPS: readonly { readonly ids: readonly string[]; readonly does: string }[] = [
  { ids: ['nextItem', 'previousItem'], does: 'next, previous' },
  { ids: ['nextCandidate', 'previousCandidate'], does: 'next, previous' },
  { ids: ['nextDisagreement', 'previousDisagreement'], does: 'open disagreement' },
  {
    ids: ['nextDisagreeingCandidate', 'previousDisagreeingCandidate'],
    does: 'open disagreement',
  },
  { ids: ['acceptA', 'acceptB', 'acceptBoth'], does: 'accept A, B, both' },
];

/** Shorter words than a command's title, where the view around says the rest. */
const SHORT: Readonly<Record<string, string>> = {
  backToAgreement: 'back',
  closePanel: 'back',
  acceptCandidate: 'accept',
  rejectCandidate: 'reject',
};

/**
 * The keys of a review or an adjudication (`context`), each command's first key (the user's own
 * where set), short enough to read on one line at 1024 px: commands that go together share an
 * item, in the registry's order. Every keyed command of the context is in one item.
 * @example decisionKeyItems(entries, 'review')[0] // { id: 'nextItem', keys: ['J', 'K'], does: 'next, previous', full: 'J: next item; K: previous item' }
 */
export function decisionKeyItems(
  entries: readonly CommandKeyEntry[],
  context: CommandContext,
): DecisionKeyItem[] {
  const keyed = entries.filter(
    (e) =>
      e.keys.length > 0 &&
      e.spec.context !== 'global' &&
      contextPath(e.spec.context).includes(context),
  );
  const byId = new Map(keyed.map((e) => [e.spec.id, e]));
  const first = (e: CommandKeyEntry): string => formatChord(e.keys[0] ?? '');
  const full = (e: CommandKeyEntry): string =>
    `${first(e)}: ${(e.spec.description ?? e.spec.title).toLowerCase()}`;
  const items: DecisionKeyItem[] = [];
  const done = new Set<string>();
  for (const entry of keyed) {
    if (done.has(entry.spec.id)) continue;
    const group = GROUPS.find((g) => g.ids.includes(entry.spec.id));
    const members = group?.ids.map((id) => byId.get(id));
    if (group && members && members.every((m) => m !== undefined)) {
      const all = members.filter((m): m is CommandKeyEntry => m !== undefined);
      for (const m of all) done.add(m.spec.id);
      items.push({
        id: entry.spec.id,
        keys: all.map(first),
        does: group.does,
        full: all.map(full).join('; '),
      });
      continue;
    }
    done.add(entry.spec.id);
    const does = SHORT[entry.spec.id] ?? entry.spec.title.toLowerCase();
    items.push({ id: entry.spec.id, keys: [first(entry)], does, full: full(entry) });
  }
  return items;
}
