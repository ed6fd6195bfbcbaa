import type { ShellCommand } from '../../../../../shared/contract/shellCommands';

/** One entry of the browser host's menu bar: a command, or a desktop-only action shown disabled. */
export interface ShellMenuItem {
  readonly label: string;
  readonly command?: ShellCommand;
  /** Shown beside the label, as the desktop menu shows its accelerator. */
  readonly keys?: string;
}

export interface ShellMenu {
  readonly label: string;
  readonly items: readonly (ShellMenuItem | 'separator')[];
}

/** The same menus as the desktop app's; opening and creating projects need the desktop app or `loupe serve <dir>`. */
export const SHELL_MENUS: readonly ShellMenu[] = [
  {
    label: 'File',
    items: [
      { label: 'New Project…' },
      { label: 'Open Project…' },
      { label: 'Open Recent' },
      'separator',
      { label: 'Import…', command: 'import' },
      { label: 'Export…', command: 'export' },
      'separator',
      { label: 'Close Project' },
    ],
  },
  {
    label: 'Edit',
    items: [
      { label: 'Undo', command: 'undo', keys: 'Ctrl+Z' },
      { label: 'Redo', command: 'redo', keys: 'Ctrl+Shift+Z' },
      'separator',
      { label: 'Find…', command: 'find', keys: 'Ctrl+F' },
    ],
  },
  {
    label: 'View',
    items: [
      { label: 'Zoom In', command: 'zoomIn' },
      { label: 'Zoom Out', command: 'zoomOut' },
      { label: 'Actual Size', command: 'resetZoom' },
      'separator',
      { label: 'Toggle Side Panel', command: 'toggleSidePanel', keys: 'Ctrl+B' },
      { label: 'Toggle Inspector', command: 'toggleInspector', keys: 'Ctrl+Shift+B' },
      { label: 'Dark / Light Theme', command: 'toggleTheme', keys: 'Ctrl+Shift+L' },
      'separator',
      { label: 'Reload Changed Files', command: 'syncWithDisk' },
    ],
  },
  {
    label: 'Help',
    items: [
      { label: 'Keyboard Shortcuts', command: 'showShortcuts', keys: 'Ctrl+/' },
      { label: 'About Loupe', command: 'showAbout' },
    ],
  },
];

/** The browser host's own shortcuts for shell commands (the desktop app registers them in its menu). */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>,
): ShellCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'b') return event.shiftKey ? 'toggleInspector' : 'toggleSidePanel';
  if (key === 'l' && event.shiftKey) return 'toggleTheme';
  if (key === '/') return 'showShortcuts';
  return null;
}
