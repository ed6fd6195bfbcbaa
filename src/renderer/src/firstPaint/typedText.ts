import type { KeyPress } from '../../../shared/commands/keyChord';
import { isTypedCharacter } from './keyFate';

/** What keys held before a text field showed type into it. */
export interface TypedText {
  /** The characters, with Backspace applied. */
  readonly text: string;
  /** The other keys (Enter, Ctrl+…), not applied, as a person would name them. */
  readonly notApplied: readonly string[];
}

/** A key as a person names it: `Ctrl+Shift+F`, `Enter`, `Space`. */
export function keyName(press: KeyPress): string {
  const mods = [press.ctrlKey && 'Ctrl', press.metaKey && 'Cmd', press.altKey && 'Alt'];
  const key = press.key === ' ' ? 'Space' : press.key;
  const single = Array.from(key).length === 1;
  const chord = press.ctrlKey || press.metaKey || press.altKey;
  const shift = press.shiftKey && (!single || chord) && 'Shift';
  return [...mods, shift, single ? key.toUpperCase() : key].filter(Boolean).join('+');
}

/**
 * The text `keys` type into a field that takes focus after them: characters in order,
 * Backspace taking back the last one. Other keys are not applied: Enter would submit what the
 * user has not seen yet.
 * @example typedText(keys('a', 'm', 'x', 'Backspace', 'i')).text === 'ami'
 */
export function typedText(keys: readonly KeyPress[]): TypedText {
  const chars: string[] = [];
  const notApplied: string[] = [];
  for (const key of keys) {
    if (isTypedCharacter(key)) chars.push(key.key);
    else if (key.key === 'Backspace' && !key.ctrlKey && !key.metaKey && !key.altKey) chars.pop();
    else notApplied.push(keyName(key));
  }
  return { text: chars.join(''), notApplied };
}
