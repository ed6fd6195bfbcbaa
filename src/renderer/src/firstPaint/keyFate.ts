import { chordOf, typedCharacterOf, type KeyPress } from '../../../shared/commands/keyChord';
import { REPLAYABLE_CHORDS } from '../../../shared/commands/replayableChords';

/** What happens to a key pressed before the app is ready: the page acts on it, it waits for the app, or it is refused with a note. */
export type KeyFate = 'pass' | 'hold' | 'refuse';

/** What the page showed when the key was pressed. */
export interface KeyScene {
  /** The host's first screen (a read-only document) is on the page, not "Loading Loupe…". */
  readonly firstScreen: boolean;
  /** The label keys the first screen's legend shows, as chords. */
  readonly labelKeys: ReadonlySet<string>;
  /** Text of the first screen's document is selected. */
  readonly selected: boolean;
}

/** Keys that only read (move, scroll, copy): they act on the first screen as on any page. */
const READING_KEYS = new Set([
  'Tab',
  'Shift+Tab',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'Space',
  'Mod+Home',
  'Mod+End',
  'Mod+ArrowLeft',
  'Mod+ArrowRight',
  'Mod+c',
]);

/** A character typed into a field: one character, no Ctrl or Cmd (Alt may make it, as on a Mac, or AltGr). */
export function isTypedCharacter(press: KeyPress): boolean {
  return typedCharacterOf(press) !== null;
}

/**
 * The fate of a key pressed before the app handles keys. On "Loading Loupe…" every key but a
 * lone modifier waits (the app may open on its "Who is annotating?" field, which takes the
 * typed characters). On the first screen, keys that read act there; a key the app replays
 * safely waits: a command of `REPLAYABLE_CHORDS`, or a label key on selected text (the app
 * selects the same text again first); any other key is refused, as it could change something
 * the user cannot see yet.
 * @example keyFate(press('f', { ctrlKey: true }), scene) === 'hold'
 */
export function keyFate(press: KeyPress, scene: KeyScene): KeyFate {
  const chord = chordOf(press);
  if (!chord) return 'pass';
  const reading = READING_KEYS.has(chord.replace(/(^|\+)Shift\+(?!Tab)/, '$1'));
  if (!scene.firstScreen) return reading && !isTypedCharacter(press) ? 'pass' : 'hold';
  if (reading) return 'pass';
  if (REPLAYABLE_CHORDS.includes(chord)) return 'hold';
  return scene.selected && scene.labelKeys.has(chord) ? 'hold' : 'refuse';
}
