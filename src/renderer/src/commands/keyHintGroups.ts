import { contextPath, formatChord, type CommandContext } from '../../../shared/commands';
import type { CommandKeyEntry } from './commandRegistry';

/** One key and what it does. */
export interface KeyHint {
  readonly key: string;
  readonly does: string;
}

/** Keys that apply in one situation of the annotation view. */
export interface KeyHintGroup {
  readonly title: string;
  readonly hints: readonly KeyHint[];
}

/** The annotation view's situations in the order a user meets them; suggestions of either kind are one. */
const GROUPS: readonly { title: string; contexts: readonly CommandContext[] }[] = [
  { title: 'In the text', contexts: ['annotate'] },
  { title: 'On a selected span', contexts: ['annotate.span'] },
  { title: 'Making a relation', contexts: ['annotate.relate'] },
  { title: 'On a suggestion', contexts: ['annotate.suggestion', 'annotate.modelSuggestion'] },
];

/**
 * The annotation view's keys by situation, from the command registry: each command's first key
 * (the user's own where set) that no label's key takes, each key once per situation (the first
 * command that claims it).
 * @example keyHintGroups(entries)[1] // { title: 'On a selected span', hints: [{ key: 'Delete', does: 'delete the selected span' }, …] }
 */
export function keyHintGroups(entries: readonly CommandKeyEntry[]): KeyHintGroup[] {
  const groups: KeyHintGroup[] = [];
  for (const { title, contexts } of GROUPS) {
    const hints: KeyHint[] = [];
    const seen = new Set<string>();
    for (const entry of entries) {
      // A key a label's key always takes from the command (F from Add Fragment, with a label
      // keyed F) does not do what the hint would say: its next key, or none.
      const chord = entry.keys.find((k) => !entry.taken.some((t) => t.chord === k && t.always));
      if (chord === undefined || !contexts.includes(entry.spec.context)) continue;
      if (!contextPath(entry.spec.context).includes('annotate')) continue;
      const key = formatChord(chord);
      if (seen.has(key)) continue;
      seen.add(key);
      hints.push({ key, does: entry.spec.description ?? entry.spec.title });
    }
    if (hints.length > 0) groups.push({ title, hints });
  }
  return groups;
}
