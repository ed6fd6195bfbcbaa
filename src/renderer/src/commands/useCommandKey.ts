import {
  ariaChord,
  formatChord,
  keysOf,
  commandSpec,
  labelTakenKeys,
  type CommandId,
  type KeyChord,
} from '../../../shared/commands';
import { useModel, useStore, useStoreValue } from '../model';

/**
 * A command's first key (the user's own when set) that no label's key always takes from it (a
 * label keyed F relabels the span Add Fragment's F would act on); undefined when it has none.
 */
function useFirstChord(id: CommandId): KeyChord | undefined {
  const model = useModel();
  const overrides = useStore(model.keybindings);
  const styles = useStoreValue(model.project, (s) => s.project?.styles);
  const spec = commandSpec(id);
  const keys = keysOf(spec, overrides);
  const taken = labelTakenKeys(spec, keys, styles ?? {}).filter((t) => t.always);
  return keys.find((chord) => !taken.some((t) => t.chord === chord));
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
