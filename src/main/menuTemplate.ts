import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../shared/contract/shellCommands';

/** What the menu's items do; the bootstrap supplies them (dialogs, windows, the renderer channel). */
export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(dir: string): void;
  clearRecent(): void;
  closeProject(): void;
  /** Passes a command to the focused window's renderer. */
  send(command: ShellCommand): void;
}

/** What the menu shows. */
export interface MenuContext {
  readonly recent: readonly string[];
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  /** False when no project window is open: project items are disabled. */
  readonly hasProject: boolean;
}

/**
 * The application menu as data: File, Edit, View, Help with the usual accelerators. Keys the
 * renderer already handles itself (undo, redo, find) are shown but not registered, so one
 * press never acts twice.
 */
export function menuTemplate(
  context: MenuContext,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const send = (command: ShellCommand) => () => actions.send(command);
  const project = { enabled: context.hasProject };
  const file: MenuItemConstructorOptions[] = [
    {
      id: 'newProject',
      label: 'New Project…',
      accelerator: 'CmdOrCtrl+N',
      click: () => actions.newProject(),
    },
    {
      id: 'openProject',
      label: 'Open Project…',
      accelerator: 'CmdOrCtrl+O',
      click: () => actions.openProject(),
    },
    { id: 'openRecent', label: 'Open Recent', submenu: recentItems(context.recent, actions) },
    { type: 'separator' },
    {
      id: 'import',
      label: 'Import…',
      accelerator: 'CmdOrCtrl+I',
      click: send('import'),
      ...project,
    },
    { id: 'export', label: 'Export…', click: send('export'), ...project },
    { type: 'separator' },
    {
      id: 'closeProject',
      label: 'Close Project',
      accelerator: 'CmdOrCtrl+W',
      click: () => actions.closeProject(),
      ...project,
    },
    ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
  ];
  const edit: MenuItemConstructorOptions[] = [
    {
      id: 'undo',
      label: 'Undo',
      accelerator: 'CmdOrCtrl+Z',
      registerAccelerator: false,
      click: send('undo'),
      ...project,
    },
    {
      id: 'redo',
      label: 'Redo',
      accelerator: 'CmdOrCtrl+Shift+Z',
      registerAccelerator: false,
      click: send('redo'),
      ...project,
    },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
    { type: 'separator' },
    {
      id: 'find',
      label: 'Find…',
      accelerator: 'CmdOrCtrl+F',
      registerAccelerator: false,
      click: send('find'),
      ...project,
    },
  ];
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { role: 'zoomOut' },
    { role: 'resetZoom' },
    { type: 'separator' },
    {
      id: 'toggleSidePanel',
      label: 'Toggle Side Panel',
      accelerator: 'CmdOrCtrl+B',
      click: send('toggleSidePanel'),
      ...project,
    },
    {
      id: 'toggleInspector',
      label: 'Toggle Inspector',
      accelerator: 'CmdOrCtrl+Shift+B',
      click: send('toggleInspector'),
      ...project,
    },
    {
      id: 'toggleTheme',
      label: 'Dark / Light Theme',
      accelerator: 'CmdOrCtrl+Shift+L',
      click: send('toggleTheme'),
    },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(context.isPackaged ? [] : [{ role: 'toggleDevTools', accelerator: 'F12' } as const]),
  ];
  const help: MenuItemConstructorOptions[] = [
    {
      id: 'showShortcuts',
      label: 'Keyboard Shortcuts',
      accelerator: 'CmdOrCtrl+/',
      click: send('showShortcuts'),
    },
    ...(mac ? [] : [{ id: 'showAbout', label: 'About Loupe', click: send('showAbout') }]),
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: file },
    { label: 'Edit', submenu: edit },
    { label: 'View', submenu: view },
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    { role: 'help', label: 'Help', submenu: help },
  ];
}

function recentItems(
  recent: readonly string[],
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Projects', enabled: false }];
  return [
    ...recent.map((dir): MenuItemConstructorOptions => ({
      label: dir,
      click: () => actions.openRecent(dir),
    })),
    { type: 'separator' },
    { id: 'clearRecent', label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}
