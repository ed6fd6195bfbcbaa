import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions, type MenuContext } from '../../src/main/menuTemplate';

function recorder(): MenuActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    newProject: () => calls.push('newProject'),
    openProject: () => calls.push('openProject'),
    openRecent: (dir) => calls.push(`openRecent ${dir}`),
    clearRecent: () => calls.push('clearRecent'),
    closeProject: () => calls.push('closeProject'),
    send: (command) => calls.push(`send ${command}`),
  };
}

const linux: MenuContext = {
  recent: ['/p/news', '/p/old'],
  platform: 'linux',
  isPackaged: true,
  hasProject: true,
};

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('menuTemplate', () => {
  it('has File, Edit, View, Project and Help with the usual accelerators', () => {
    const template = menuTemplate(linux, recorder());
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Project', 'Help']);
    const file = submenu(template, 'File');
    expect(item(file, 'newProject').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'openProject').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'closeProject').accelerator).toBe('CmdOrCtrl+W');
    expect(file.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'New Project…',
      'Open Project…',
      'Open Recent',
      'separator',
      'Import…',
      'Export…',
      'separator',
      'Close Project',
      'separator',
      'quit',
    ]);
    const edit = submenu(template, 'Edit');
    expect([
      item(edit, 'undo').accelerator,
      item(edit, 'redo').accelerator,
      item(edit, 'find').accelerator,
    ]).toEqual(['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+F']);
    expect(
      submenu(template, 'View')
        .map((i) => i.role ?? i.id)
        .filter(Boolean),
    ).toEqual([
      'showPalette',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'toggleSidePanel',
      'toggleInspector',
      'toggleArcs',
      'toggleTheme',
      'syncWithDisk',
      'togglefullscreen',
    ]);
    expect(item(submenu(template, 'View'), 'toggleSidePanel').accelerator).toBe('CmdOrCtrl+B');
    expect(item(submenu(template, 'View'), 'showPalette').accelerator).toBe('CmdOrCtrl+Shift+P');
  });

  it('leaves keys the renderer handles itself unregistered, so one press acts once', () => {
    const template = menuTemplate(linux, recorder());
    const edit = submenu(template, 'Edit');
    for (const id of ['undo', 'redo', 'find'])
      expect(item(edit, id).registerAccelerator).toBe(false);
    const view = submenu(template, 'View');
    for (const id of ['toggleSidePanel', 'toggleInspector', 'toggleTheme'])
      expect(item(view, id).registerAccelerator).toBe(false);
    expect(item(submenu(template, 'File'), 'newProject').registerAccelerator).toBeUndefined();
  });

  it("shows the user's own keys, and no key for a command the user unbound", () => {
    const template = menuTemplate(
      { ...linux, keybindings: { toggleSidePanel: 'Mod+Alt+k', find: '', nonsense: 'Mod+q' } },
      recorder(),
    );
    expect(item(submenu(template, 'View'), 'toggleSidePanel').accelerator).toBe('CmdOrCtrl+Alt+K');
    expect(item(submenu(template, 'Edit'), 'find').accelerator).toBeUndefined();
    expect(item(submenu(template, 'Edit'), 'undo').accelerator).toBe('CmdOrCtrl+Z');
  });

  it('runs project actions in main and sends the rest to the renderer as commands', () => {
    const actions = recorder();
    const template = menuTemplate(linux, actions);
    const file = submenu(template, 'File');
    click(item(file, 'newProject'));
    click(item(file, 'import'));
    click(item(submenu(template, 'Edit'), 'undo'));
    click(item(submenu(template, 'View'), 'toggleTheme'));
    click(item(submenu(template, 'Help'), 'showShortcuts'));
    const recent = item(file, 'openRecent').submenu as MenuItemConstructorOptions[];
    click(recent[0] as MenuItemConstructorOptions);
    click(item(recent, 'clearRecent'));
    expect(actions.calls).toEqual([
      'newProject',
      'send import',
      'send undo',
      'send toggleTheme',
      'send showShortcuts',
      'openRecent /p/news',
      'clearRecent',
    ]);
  });

  it('disables project items without a project and says when nothing is recent', () => {
    const file = submenu(
      menuTemplate({ ...linux, recent: [], hasProject: false }, recorder()),
      'File',
    );
    expect(item(file, 'import').enabled).toBe(false);
    expect(item(file, 'closeProject').enabled).toBe(false);
    expect(item(file, 'newProject').enabled).toBeUndefined();
    expect(item(file, 'openRecent').submenu).toEqual([
      { label: 'No Recent Projects', enabled: false },
    ]);
  });

  it('offers devtools only in unpackaged builds, and the app and window menus on macOS', () => {
    const view = (context: MenuContext) =>
      submenu(menuTemplate(context, recorder()), 'View').map((i) => i.role);
    expect(view(linux)).not.toContain('toggleDevTools');
    expect(view({ ...linux, isPackaged: false })).toContain('toggleDevTools');
    const mac = menuTemplate({ ...linux, platform: 'darwin' }, recorder());
    expect(mac.map((m) => m.role ?? m.label)).toEqual([
      'appMenu',
      'File',
      'Edit',
      'View',
      'Project',
      'windowMenu',
      'help',
    ]);
  });
});
