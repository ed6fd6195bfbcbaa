import type { CommandId } from './commands';

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

/** True when a command's key may be replayed after the first screen (see REPLAYABLE_COMMANDS). */
export function isReplayableCommand(id: string): boolean {
  return REPLAYABLE_COMMANDS.some((replayable) => replayable === id);
}
