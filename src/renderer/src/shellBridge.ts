import type { ShellCommand } from '../../shared/contract/shellCommands';

/** What the desktop preload exposes besides the contract: the native menu's commands. */
interface DesktopShell {
  onDidRunCommand(listener: (command: ShellCommand) => void): () => void;
}

declare global {
  interface Window {
    loupeShell?: DesktopShell;
  }
}

/** True inside the desktop app (native menus); false in the browser host. */
export function isDesktop(): boolean {
  return window.loupeShell !== undefined;
}

/** Calls `listener` with each native menu command; a no-op in the browser host. Returns the unsubscribe function. */
export function onDidRunMenuCommand(listener: (command: ShellCommand) => void): () => void {
  return window.loupeShell?.onDidRunCommand(listener) ?? (() => undefined);
}
