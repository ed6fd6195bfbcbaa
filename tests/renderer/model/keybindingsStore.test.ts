import { describe, expect, it } from 'vitest';
import { KeybindingsStore } from '../../../src/renderer/src/model/keybindingsStore';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import { ProjectStore } from '../../../src/renderer/src/model/projectStore';
import type { Settings } from '../../../src/shared/contract';
import { fakeWorkbench } from '../helpers/fakeWorkbench';
import { projectInfo, settings } from '../helpers/modelData';

/** Keybindings over settings kept by a fake workbench (as settings.json would keep them). */
async function keybindings(initial: Record<string, string> = {}) {
  let saved: Settings = settings({ keybindings: initial });
  const fake = fakeWorkbench({
    getProject: () => projectInfo(),
    getSettings: () => saved,
    updateSettings: (request) => (saved = { ...saved, ...request }),
  });
  const project = new ProjectStore(fake.client, new NotificationsStore());
  const store = new KeybindingsStore(project);
  await project.load();
  return { store, saved: () => saved };
}

describe('KeybindingsStore', () => {
  it("reads the user's keys from settings", async () => {
    const { store } = await keybindings({ find: 'Mod+Shift+f' });
    expect([...store.snapshot]).toEqual([['find', 'Mod+Shift+f']]);
  });

  it('saves a free chord in the settings, keyed by command', async () => {
    const { store, saved } = await keybindings();
    await store.rebind('showStanceMap', 'Mod+Alt+m');
    expect(saved().keybindings).toEqual({ showStanceMap: 'Mod+Alt+m' });
    expect(store.snapshot.get('showStanceMap')).toBe('Mod+Alt+m');
  });

  it("refuses another command's chord, or a label's key, and saves nothing", async () => {
    const { store, saved } = await keybindings();
    await expect(store.rebind('find', 'Mod+b')).rejects.toThrow(
      'Ctrl+B is already Toggle Side Panel',
    );
    await expect(store.rebind('linkEntity', '1')).rejects.toThrow(
      '1 is the key of the label PERSON',
    );
    expect(saved().keybindings).toEqual({});
  });

  it('resets a command to its default keys', async () => {
    const { store, saved } = await keybindings({ find: 'Mod+Shift+f', undo: 'Mod+u' });
    await store.reset('find');
    expect(saved().keybindings).toEqual({ undo: 'Mod+u' });
  });
});
