// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { ProjectStore } from '../../../src/renderer/src/model/projectStore';
import { ThemeStore } from '../../../src/renderer/src/model/themeStore';
import { fakeWorkbench } from '../helpers/fakeWorkbench';
import { projectInfo, settings } from '../helpers/modelData';

function theme(): string | undefined {
  return document.documentElement.dataset.theme;
}

describe('ThemeStore', () => {
  afterEach(() => {
    delete document.documentElement.dataset.theme;
    localStorage.clear();
  });

  it('opens in the theme the host wrote on the page, before the one this browser remembers', () => {
    localStorage.setItem('loupe.theme', 'light');
    document.documentElement.dataset.theme = 'dark';
    expect(new ThemeStore().snapshot).toBe('dark');
  });

  it("keeps a choice in the user's settings and in this browser", async () => {
    const fake = fakeWorkbench({
      updateSettings: (request) => settings({ theme: request.theme }),
    });
    const project = new ProjectStore(fake.client, new NotificationsStore());
    const store = new ThemeStore(project);
    const before = store.snapshot;
    store.toggle();
    const after = before === 'dark' ? 'light' : 'dark';
    expect(store.snapshot).toBe(after);
    expect(theme()).toBe(after);
    expect(localStorage.getItem('loupe.theme')).toBe(after);
    await Promise.resolve();
    expect(fake.calls).toEqual([{ method: 'updateSettings', payload: { theme: after } }]);
  });

  it('takes a choice made elsewhere (another browser, the desktop app) when the settings come', async () => {
    localStorage.setItem('loupe.theme', 'light');
    const fake = fakeWorkbench({
      getProject: () => projectInfo(),
      getSettings: () => settings({ theme: 'dark' }),
    });
    const project = new ProjectStore(fake.client, new NotificationsStore());
    const store = new ThemeStore(project);
    expect(store.snapshot).toBe('light');
    await project.load();
    expect(store.snapshot).toBe('dark');
    expect(theme()).toBe('dark');
  });
});
