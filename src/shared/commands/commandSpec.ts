import type { CommandContext } from './commandContext';

/** The application menus, in order. */
export type MenuName = 'file' | 'edit' | 'view' | 'project' | 'help';

/** Where a command sits in the menus: its menu and its group (separators fall between groups). */
export interface MenuPlacement {
  readonly menu: MenuName;
  readonly group: number;
}

/**
 * One command as every process sees it: pure data. The renderer adds when it applies and what
 * it does; the desktop main process builds its menu from it.
 * @example { id: 'undo', title: 'Undo', keys: ['Mod+z'], context: 'global', runsIn: 'renderer' }
 */
export interface CommandSpec {
  readonly id: string;
  /** The menu item and palette entry. */
  readonly title: string;
  /** What it does, in the words of the shortcuts list; the title when absent. */
  readonly description?: string;
  /** Default key chords (see keyChord.ts), the first one shown. */
  readonly keys: readonly string[];
  readonly context: CommandContext;
  /** The desktop main process runs it (projects, windows), or the renderer. */
  readonly runsIn: 'main' | 'renderer';
  readonly menu?: MenuPlacement;
  /** The desktop menu uses Electron's own role for it (native zoom) instead of sending it. */
  readonly desktopRole?: 'zoomIn' | 'zoomOut' | 'resetZoom';
}
