import type { CommandId } from './commands';
import type { KeyChord } from './keyChord';

/**
 * Commands whose key, pressed while the page still shows the host's first screen, runs once the
 * app is ready: each opens a view or changes how the window looks, and none depends on what the
 * first screen cannot show (a selected span, the undo history, suggestions). A label key on
 * text selected there is replayed too (`firstPaint/replayHeldKeys.ts`); every other key is
 * refused with a note.
 * @example REPLAYABLE_COMMANDS.includes('find') === true
 */
export const REPLAYABLE_COMMANDS = [
  'find',
  'showPalette',
  'showShortcuts',
  'toggleSidePanel',
  'toggleInspector',
  'toggleTheme',
  'toggleInlineLabels',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'nextRegion',
  'previousRegion',
] as const satisfies readonly CommandId[];

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

/** True when a command's key may be replayed after the first screen (see REPLAYABLE_COMMANDS). */
export function isReplayableCommand(id: string): boolean {
  return REPLAYABLE_COMMANDS.some((replayable) => replayable === id);
}
