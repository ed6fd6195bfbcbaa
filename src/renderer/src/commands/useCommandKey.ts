import {
  ariaChord,
  formatChord,
  keysOf,
  commandSpec,
  type CommandId,
  type KeyChord,
} from '../../../shared/commands';
import { useModel, useStore } from '../model';

/** A command's first key (the user's own when set); undefined when it has none. */
function useFirstChord(id: CommandId): KeyChord | undefined {
  const overrides = useStore(useModel().keybindings);
  return keysOf(commandSpec(id), overrides)[0];
}

/** The first key of a command as it reads (the user's own when set); null when it has none. */
export function useCommandKey(id: CommandId): string | null {
  const chord = useFirstChord(id);
  return chord === undefined ? null : formatChord(chord);
}

/** The first key of a command as `aria-keyshortcuts` names it; undefined when it has none. */
export function useCommandShortcut(id: CommandId): string | undefined {
  const chord = useFirstChord(id);
  return chord === undefined ? undefined : ariaChord(chord);
}
