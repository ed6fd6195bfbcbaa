import { describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; loaded: string[] }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      created.push({ options, loaded: this.loaded });
    }
    once(): void {}
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
    }
  },
}));

describe('createMainWindow', () => {
  it('opens the bundled page in a sandboxed, isolated window without Node, at the given bounds', async () => {
    const { createMainWindow, rendererUrl } = await import('../../src/main/window');
    createMainWindow('/opt/Loupe/resources/app.asar', 'news — Loupe', {
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: false,
    });
    const [window] = created;
    expect(window?.options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
    expect(window?.options.webPreferences).toEqual({
      preload: '/opt/Loupe/resources/app.asar/out/preload/index.cjs',
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
    });
    // Served from the privileged loupe-app scheme, not file:// (a module script there gives a blank window).
    expect(window?.loaded).toEqual([rendererUrl()]);
    expect(rendererUrl()).toBe('loupe-app://renderer/index.html');
  });
});
