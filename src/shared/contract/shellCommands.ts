/**
 * Commands the desktop menu sends to the renderer (and the browser host's own menu runs):
 * the one event channel besides the contract's methods. Payload-free by design.
 * @example isShellCommand('toggleTheme') === true
 */
export const SHELL_COMMANDS = [
  'undo',
  'redo',
  'find',
  'toggleSidePanel',
  'toggleInspector',
  'toggleTheme',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'import',
  'export',
  'showShortcuts',
  'showAbout',
  'syncWithDisk',
] as const;

export type ShellCommand = (typeof SHELL_COMMANDS)[number];

/** The IPC channel main sends shell commands on. */
export const SHELL_COMMAND_CHANNEL = 'shell:command';

/** True when `value` is one of the shell commands (what the preload checks before passing one on). */
export function isShellCommand(value: unknown): value is ShellCommand {
  return typeof value === 'string' && (SHELL_COMMANDS as readonly string[]).includes(value);
}
