import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
} from 'electron';
import { realpath } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  createProject,
  createWorkbench,
  demoProjectDir,
  DesktopStateFile,
  ProjectFolder,
  userFolder,
  UserSettingsFile,
} from '../node';
import type { ShellCommand } from '../shared/contract/shellCommands';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import { exposeApi } from './ipc/exposeApi';
import { sendShellCommand } from './ipc/sendShellCommand';
import { denyPermissions, lockDown } from './lockDown';
import { menuTemplate } from './menuTemplate';
import { projectArgument } from './projectArgument';
import { ProjectWindows } from './projectWindows';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { boundsOf, createMainWindow, rendererUrl } from './window';
import { restoredBounds } from './windowBounds';

type AppWindow = BrowserWindow & { contentsId: number };

const argvSkip = (): number => (app.isPackaged ? 1 : 2);

function seedsFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  denyPermissions(session.defaultSession);
  const desktop = await DesktopStateFile.load(userFolder());
  serveRenderer(protocol, join(app.getAppPath(), 'out', 'renderer'));
  const trusted = rendererUrl();

  const windows = new ProjectWindows<AppWindow>(async (dir) => {
    // Passwords for HTTP(S) remotes are encrypted by the OS keychain; only ciphertext is stored.
    const workbench = await createWorkbench(dir, { owner: 'the Loupe app', secrets: safeStorage });
    const bounds = restoredBounds(
      desktop.value.window,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const window = createMainWindow(
      app.getAppPath(),
      `${workbench.store.manifest.name} — Loupe`,
      bounds,
    ) as AppWindow;
    const contentsId = window.webContents.id;
    Object.defineProperty(window, 'contentsId', { value: contentsId });
    window.on('close', () => void desktop.saveWindow(boundsOf(window)));
    window.on('closed', () => void windows.closed(contentsId).finally(refreshMenu));
    await desktop.addRecent(dir);
    return { window, workbench };
  });

  const show = async (dir: string, quietly = false): Promise<boolean> => {
    const refuse = async (reason: string, forget: boolean): Promise<false> => {
      if (forget) await desktop.removeRecent(dir);
      if (!quietly) dialog.showErrorBox('Cannot open the project', `${dir}\n\n${reason}`);
      return false;
    };
    try {
      const folder = await realpath(dir);
      if (!(await ProjectFolder.exists(folder)))
        return await refuse('This folder holds no Loupe project.', true);
      await windows.show(folder);
      return true;
    } catch (error) {
      const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return await refuse(error instanceof Error ? error.message : String(error), gone);
    } finally {
      refreshMenu();
    }
  };
  const showDemo = async (): Promise<void> =>
    void (await show(await demoProjectDir(seedsFolder())));

  const focused = (): AppWindow | undefined =>
    (BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]) as AppWindow | undefined;
  const send = (command: ShellCommand): void => {
    const window = focused();
    if (window) sendShellCommand(window.webContents, command);
  };

  const newProject = async (): Promise<void> => {
    const picked = await dialog.showSaveDialog({
      title: 'New Project',
      buttonLabel: 'Create Project',
      nameFieldLabel: 'Project folder',
      defaultPath: join(app.getPath('documents'), 'Untitled project'),
    });
    if (picked.canceled || !picked.filePath) return;
    try {
      await createProject(picked.filePath, { name: basename(picked.filePath) });
    } catch (error) {
      dialog.showErrorBox('Cannot create the project', (error as Error).message);
      return;
    }
    await show(picked.filePath);
  };

  const openProject = async (): Promise<void> => {
    const picked = await dialog.showOpenDialog({
      title: 'Open Project',
      buttonLabel: 'Open Project',
      properties: ['openDirectory'],
    });
    if (!picked.canceled && picked.filePaths[0]) await show(picked.filePaths[0]);
  };

  // The user's own keys live in the settings file; it is reread on each refresh, and a window's
  // updateSettings call refreshes the menu.
  function refreshMenu(): void {
    void UserSettingsFile.load(userFolder()).then((settings) =>
      buildMenu(settings.value.keybindings),
    );
  }

  function buildMenu(keybindings: Readonly<Record<string, string>> | undefined): void {
    const template = menuTemplate(
      {
        recent: desktop.value.recentProjects,
        platform: process.platform,
        isPackaged: app.isPackaged,
        hasProject: windows.size > 0,
        keybindings,
      },
      {
        newProject: () => void newProject(),
        openProject: () => void openProject(),
        openRecent: (dir) => void show(dir),
        clearRecent: () => void desktop.clearRecent().then(refreshMenu),
        closeProject: () => focused()?.close(),
        send,
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  exposeApi(
    ipcMain,
    (event) => {
      const invoke = windows.workbenchFor(event.sender.id)?.invoke;
      if (!invoke) return undefined;
      return async (method, payload, context) => {
        const envelope = await invoke(method, payload, context);
        if (method === 'updateSettings') refreshMenu();
        return envelope;
      };
    },
    (url) => url === trusted,
  );
  app.on('web-contents-created', (_event, contents) => lockDown(contents, trusted, app.isPackaged));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const dir = projectArgument(argv, argvSkip(), workingDirectory);
    if (dir) void show(dir);
    else focused()?.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void show(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || windows.size === 0) return;
    event.preventDefault();
    quitting = true;
    void windows.closeAll().finally(() => app.quit());
  });

  app.on('activate', () => {
    if (windows.size === 0) void showDemo();
  });

  refreshMenu();
  const named = projectArgument(process.argv, argvSkip(), process.cwd());
  const recent = desktop.value.recentProjects[0];
  if (named && (await show(named))) return;
  if (!named && recent && (await show(recent, true))) return;
  await showDemo();
}

if (!app.requestSingleInstanceLock()) app.quit();
else {
  registerAppScheme(protocol);
  void start();
}
