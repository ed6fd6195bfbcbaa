import { BrowserWindow, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The renderer's entry page, as a file URL; also what IPC senders must come from. */
export function rendererUrl(appPath: string): string {
  return pathToFileURL(join(appPath, 'out', 'renderer', 'index.html')).href;
}

/** A hardened window: sandboxed, context-isolated, no Node, no navigation away, no pop-ups. */
export function createMainWindow(appPath: string, title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title,
    show: false,
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: join(appPath, 'out', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  lockDown(window.webContents, rendererUrl(appPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(appPath));
  return window;
}

function lockDown(contents: WebContents, allowedUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== allowedUrl) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
