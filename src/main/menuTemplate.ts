import type { MenuItemConstructorOptions } from 'electron';
import {
  COMMANDS,
  keysOf,
  overridesOf,
  toAccelerator,
  type CommandSpec,
  type MenuName,
} from '../shared/commands';
import { isShellCommand, type ShellCommand } from '../shared/contract/shellCommands';

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
  /** The user's own keys (settings.json `keybindings`): command id → chord. */
  readonly keybindings?: Readonly<Record<string, string>>;
}

const MENUS: readonly (readonly [MenuName, string])[] = [
  ['file', 'File'],
  ['edit', 'Edit'],
  ['view', 'View'],
  ['project', 'Project'],
  ['help', 'Help'],
];

/** Items only the desktop has (Electron roles), by menu and group; they sit among the commands' groups. */
function nativeGroups(
  context: MenuContext,
): Record<MenuName, Map<number, MenuItemConstructorOptions[]>> {
  const mac = context.platform === 'darwin';
  return {
    file: new Map(mac ? [] : [[9, [{ role: 'quit' }]]]),
    edit: new Map([
      [2, [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }]],
    ]),
    view: new Map([
      [
        9,
        [
          { role: 'togglefullscreen' },
          ...(context.isPackaged ? [] : [{ role: 'toggleDevTools', accelerator: 'F12' } as const]),
        ],
      ],
    ]),
    project: new Map(),
    help: new Map(),
  };
}

/**
 * The application menu, built from the command list: File, Edit, View, Help with each
 * command's key (the user's own when set). Main registers the keys of the commands it runs;
 * the renderer handles its own keys, so theirs are shown but not registered and one press
 * never acts twice.
 */
export function menuTemplate(
  context: MenuContext,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const natives = nativeGroups(context);
  const menus = MENUS.map(([name, label]): MenuItemConstructorOptions => {
    const groups = new Map(natives[name]);
    for (const command of COMMANDS) {
      if (!('menu' in command) || command.menu.menu !== name) continue;
      if (mac && command.id === 'showAbout') continue; // the app menu has it on macOS
      const group = groups.get(command.menu.group) ?? [];
      groups.set(command.menu.group, [...group, commandItem(command, context, actions)]);
    }
    const submenu = [...groups.entries()]
      .sort(([a], [b]) => a - b)
      .flatMap(([, items], i): MenuItemConstructorOptions[] =>
        i === 0 ? items : [{ type: 'separator' }, ...items],
      );
    return name === 'help' ? { role: 'help', label, submenu } : { label, submenu };
  });
  const [file, edit, view, project, help] = menus;
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    ...[file, edit, view, project].filter((menu) => menu !== undefined),
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    ...(help ? [help] : []),
  ];
}

/** One command as a menu item: a native role, an action of main's, or a command sent to the renderer. */
function commandItem(
  command: CommandSpec,
  context: MenuContext,
  actions: MenuActions,
): MenuItemConstructorOptions {
  const [chord] = keysOf(command, overridesOf(context.keybindings));
  const accelerator = chord === undefined ? {} : { accelerator: toAccelerator(chord) };
  if (command.desktopRole) return { role: command.desktopRole, ...accelerator };
  const base = { id: command.id, label: command.title, ...accelerator };
  switch (command.id) {
    case 'newProject':
      return { ...base, click: () => actions.newProject() };
    case 'openProject':
      return { ...base, click: () => actions.openProject() };
    case 'openRecent':
      return { ...base, submenu: recentItems(context.recent, actions) };
    case 'closeProject':
      return { ...base, click: () => actions.closeProject(), enabled: context.hasProject };
  }
  const id = command.id;
  if (!isShellCommand(id)) return { ...base, enabled: false };
  return {
    ...base,
    registerAccelerator: false,
    click: () => actions.send(id),
    enabled: context.hasProject,
  };
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
