import { formatChord, keysOf, commandSpec, type CommandId } from '../../../shared/commands';
import { useModel, useStore } from '../model';

/** The first key of a command as it reads (the user's own when set); null when it has none. */
export function useCommandKey(id: CommandId): string | null {
  const overrides = useStore(useModel().keybindings);
  const [chord] = keysOf(commandSpec(id), overrides);
  return chord === undefined ? null : formatChord(chord);
}
