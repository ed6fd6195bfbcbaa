import type { KeyChord } from './keyChord';

/**
 * The default keys of `REPLAYABLE_COMMANDS`, spelled out so the page's small entry holds them
 * without the command list (a test keeps the two equal). A key the user bound elsewhere is
 * checked again against the user's keys when the app replays it.
 * @example REPLAYABLE_CHORDS.includes('Mod+f') === true
 */
export const REPLAYABLE_CHORDS: readonly KeyChord[] = [
  'Mod+f',
  'Mod+Shift+p',
  'Mod+/',
  'Mod+b',
  'Mod+Shift+b',
  'Mod+Shift+l',
  'Mod+Alt+l',
  'Mod+=',
  'Mod+-',
  'Mod+0',
  'F6',
  'Shift+F6',
];
