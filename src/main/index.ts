import { app, ipcMain, session } from 'electron';
import { join, resolve } from 'node:path';
import { createWorkbench, demoProjectDir } from '../node';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import { exposeApi } from './ipc/exposeApi';
import { installMenu } from './menu';
import { createMainWindow, rendererUrl } from './window';

/** The project folder named on the command line, if any (`loupe path/to/project`). */
function projectArgument(argv: readonly string[]): string | undefined {
  const args = argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-'));
  return args[0] ? resolve(args[0]) : undefined;
}

function seedsFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  const dir = projectArgument(process.argv) ?? (await demoProjectDir(seedsFolder()));
  const workbench = await createWorkbench(dir);
  const trusted = rendererUrl(app.getAppPath());
  exposeApi(ipcMain, workbench, (url) => url === trusted);
  installMenu();
  createMainWindow(app.getAppPath(), `Loupe — ${workbench.store.manifest.name}`);
  app.on('window-all-closed', () => {
    void workbench.close().then(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) app.quit();
else void start();
