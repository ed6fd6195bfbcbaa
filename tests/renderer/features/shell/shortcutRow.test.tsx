// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../src/shared/commands';
import type { Settings } from '../../../../src/shared/contract';
import { ShortcutRow } from '../../../../src/renderer/src/features/shell/components/ShortcutRow';
import { ModelProvider } from '../../../../src/renderer/src/model';
import { settings } from '../../helpers/modelData';
import { startedModel } from '../../helpers/testModel';

const found = COMMANDS.find((c) => c.id === 'toggleSidePanel');
if (!found) throw new Error('no Toggle Side Panel command');
const spec = found;

/** The row for Toggle Side Panel, recording, over a model whose settings write waits for `release`. */
async function recordingRow() {
  let release: () => void = () => undefined;
  const { model } = await startedModel(undefined, {
    updateSettings: ({ keybindings }) =>
      new Promise<Settings>((resolve) => {
        release = () => resolve(settings({ keybindings }));
      }),
  });
  const recordings: boolean[] = [];
  const said: string[] = [];
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const render = (recording: boolean) =>
    root.render(
      <ModelProvider model={model}>
        <ShortcutRow
          entry={{ spec, keys: spec.keys, taken: [], runnable: true }}
          recording={recording}
          onRecording={(on) => recordings.push(on)}
          onSaid={(text) => said.push(text)}
        />
      </ModelProvider>,
    );
  await act(async () => render(true));
  const button = () => host.querySelector('button');
  return { host, button, recordings, said, release: () => release(), render };
}

function button(row: { button(): HTMLButtonElement | null }): HTMLButtonElement {
  const found = row.button();
  if (!found) throw new Error('the row has no button');
  return found;
}

function press(target: Element, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('ShortcutRow', () => {
  it('takes a free key at once, so Escape pressed while the settings are written is not its own', async () => {
    const row = await recordingRow();
    await act(
      async () => void press(button(row), { key: 'k', code: 'KeyK', ctrlKey: true, altKey: true }),
    );
    // the write has not answered, and the row already stopped waiting for a key
    expect(row.recordings).toEqual([false]);
    await act(async () => row.render(false));
    const escape = press(button(row), { key: 'Escape', code: 'Escape' });
    expect(escape.defaultPrevented).toBe(false);
    expect(row.recordings).toEqual([false]);
    expect(row.said).toEqual([]); // said once saved
    await act(async () => row.release());
    await expect.poll(() => row.said).toEqual(['Toggle Side Panel: Ctrl+Alt+K']);
  });

  it('stays waiting after a taken key, and says whose it is', async () => {
    const row = await recordingRow();
    await act(async () => void press(button(row), { key: 'z', code: 'KeyZ', ctrlKey: true }));
    expect(row.recordings).toEqual([]);
    expect(row.host.querySelector('[role="alert"]')?.textContent).toBe('Ctrl+Z is already Undo');
  });
});
