import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { WindowBounds } from '../node';
import { rendererUrl } from './rendererFile';

export { rendererUrl } from './rendererFile';

/**
 * A hardened window at the remembered bounds: sandboxed, context-isolated, no Node, web
 * security on, no auxclick (middle-click opening links), no <webview>, no insecure content.
 * The bootstrap locks every web contents down (lockDown) as it is created.
 */
export function createMainWindow(
  appPath: string,
  title: string,
  bounds: WindowBounds,
): BrowserWindow {
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    title,
    show: false,
    backgroundColor: '#f7f6f2',
    icon: join(appPath, 'build', 'icon.png'),
    webPreferences: {
      preload: join(appPath, 'out', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(rendererUrl());
  return window;
}

/** The window's bounds as remembered for next time (the restored ones while maximized). */
export function boundsOf(window: BrowserWindow): WindowBounds {
  const { x, y, width, height } = window.isMaximized()
    ? window.getNormalBounds()
    : window.getBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}
