import type { LabelStyles } from '../model';
import { contextPath, contextsOverlap, type CommandContext } from './commandContext';
import { COMMANDS, type CommandId } from './commands';
import type { CommandSpec } from './commandSpec';
import { formatChord, hasCommandModifier, normalizeChord, type KeyChord } from './keyChord';

/** The user's own keys: one chord per command, replacing its default keys ('' unbinds it). */
export type KeyOverrides = ReadonlyMap<CommandId, KeyChord>;

/**
 * The user's overrides read from settings: unknown commands and unreadable chords are dropped.
 * @example overridesOf({ find: 'ctrl+shift+f' }).get('find') === 'Mod+Shift+f'
 */
export function overridesOf(record: Readonly<Record<string, string>> | undefined): KeyOverrides {
  const overrides = new Map<CommandId, KeyChord>();
  for (const [id, chord] of Object.entries(record ?? {})) {
    const command = COMMANDS.find((c) => c.id === id);
    const normal = chord === '' ? '' : normalizeChord(chord);
    if (command && normal !== null) overrides.set(command.id, normal);
  }
  return overrides;
}

/** The settings record for a set of overrides (a null-prototype object: keys are command ids). */
export function overridesRecord(overrides: KeyOverrides): Record<string, string> {
  const record: Record<string, string> = Object.create(null);
  for (const [id, chord] of overrides) record[id] = chord;
  return record;
}

/** The keys a command answers to: the user's chord when set, else its defaults. */
export function keysOf(command: CommandSpec, overrides: KeyOverrides): readonly KeyChord[] {
  const own = overrides.get(command.id as CommandId);
  if (own === undefined) return command.keys;
  return own === '' ? [] : [own];
}

/** What already answers to a chord: another command, or a label of the schema. */
export type KeyHolder =
  | { readonly kind: 'command'; readonly id: CommandId; readonly title: string }
  | { readonly kind: 'label'; readonly label: string };

/** Label keys apply in the annotation view. */
export const LABEL_KEY_CONTEXT: CommandContext = 'annotate';

/**
 * Who would clash with giving `chord` to command `id`: a command whose keys reach the same
 * context, or a label key there; null when the chord is free.
 */
export function keyHolder(
  id: CommandId,
  chord: KeyChord,
  overrides: KeyOverrides,
  styles: LabelStyles,
): KeyHolder | null {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) return null;
  for (const other of COMMANDS) {
    if (other.id === id || !contextsOverlap(other.context, command.context)) continue;
    if (keysOf(other, overrides).includes(chord))
      return { kind: 'command', id: other.id, title: other.title };
  }
  if (!contextsOverlap(command.context, LABEL_KEY_CONTEXT)) return null;
  const label = Object.entries(styles).find(([, style]) => style.key === chord)?.[0];
  return label === undefined ? null : { kind: 'label', label };
}

/** The command that holds a label key in the annotation view, if any. */
export function commandOfLabelKey(key: string, overrides: KeyOverrides): CommandSpec | null {
  const chord = normalizeChord(key);
  if (!chord) return null;
  return (
    COMMANDS.find(
      (c) => contextsOverlap(c.context, LABEL_KEY_CONTEXT) && keysOf(c, overrides).includes(chord),
    ) ?? null
  );
}

/** A key of a command that a label's key takes from it (label keys come first where both apply). */
export interface TakenKey {
  readonly chord: KeyChord;
  readonly label: string;
  /**
   * Always (the command acts on a selected span, where the label key relabels it), or only on
   * selected text or a span (elsewhere in the annotation view the key is still the command's).
   */
  readonly always: boolean;
}

/**
 * The keys of `keys` (the command's own now) that a label of the schema takes from `command`:
 * label keys come first in the annotation view on selected text or a selected span, so a
 * schema saved with a label keyed F (by hand, by a teammate, or before keys were checked)
 * takes F from Add Fragment to Span.
 * @example labelTakenKeys(commandSpec('addFragment'), ['f'], { PERSON: { color: '#000000', key: 'f' } }) // [{ chord: 'f', label: 'PERSON', always: true }]
 */
export function labelTakenKeys(
  command: CommandSpec,
  keys: readonly KeyChord[],
  styles: LabelStyles,
): TakenKey[] {
  if (!contextsOverlap(command.context, LABEL_KEY_CONTEXT)) return [];
  const always = contextPath(command.context).includes('annotate.span');
  const taken: TakenKey[] = [];
  for (const [label, style] of Object.entries(styles)) {
    const chord = style.key ? normalizeChord(style.key) : null;
    if (chord !== null && keys.includes(chord)) taken.push({ chord, label, always });
  }
  return taken;
}

/**
 * Why `chord` cannot be given to command `id`, or null when it can: a command of the whole
 * window needs Ctrl/Cmd or Alt (a single key would fire while typing), and no two commands of
 * one context, nor a command and a label, may share a key.
 * @example bindingProblem('find', 'Mod+z', new Map(), {}) === 'Ctrl+Z is already Undo'
 */
export function bindingProblem(
  id: CommandId,
  chord: KeyChord,
  overrides: KeyOverrides,
  styles: LabelStyles,
): string | null {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) return `no command ${id}`;
  if (command.context === 'global' && !hasCommandModifier(chord))
    return `${command.title} works everywhere, so its key needs Ctrl or Alt`;
  const holder = keyHolder(id, chord, overrides, styles);
  if (!holder) return null;
  return holder.kind === 'command'
    ? `${formatChord(chord)} is already ${holder.title}`
    : `${formatChord(chord)} is the key of the label ${holder.label}`;
}
