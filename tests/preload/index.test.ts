import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, channelOf } from '../../src/shared/contract';
import { SHELL_COMMAND_CHANNEL } from '../../src/shared/contract/shellCommands';

type Relay = (event: unknown, command: unknown) => void;

const exposed = new Map<string, Record<string, unknown>>();
const relays = new Set<Relay>();
const invoked: { channel: string; payload: unknown }[] = [];

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => void exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: async (channel: string, payload: unknown) => {
      invoked.push({ channel, payload });
      return channel === channelOf('getProject')
        ? { ok: true, result: 'project' }
        : { ok: false, error: { code: 'read_only', message: 'no' } };
    },
    on: (_channel: string, relay: Relay) => void relays.add(relay),
    removeListener: (_channel: string, relay: Relay) => void relays.delete(relay),
  },
}));

describe('the preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../src/preload/index');
  });

  it('exposes exactly the contract methods and one command subscription, frozen', () => {
    expect([...exposed.keys()].sort()).toEqual(['loupeShell', 'workbench']);
    expect(Object.keys(exposed.get('workbench') ?? {}).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(exposed.get('loupeShell') ?? {})).toEqual(['onDidRunCommand']);
    expect(Object.isFrozen(exposed.get('workbench'))).toBe(true);
  });

  it('invokes the method channel and turns an error envelope into a coded error', async () => {
    const workbench = exposed.get('workbench') as Record<string, (r?: unknown) => Promise<unknown>>;
    expect(await workbench.getProject?.()).toBe('project');
    expect(invoked.at(-1)).toEqual({ channel: 'workbench:getProject', payload: {} });
    await expect(workbench.addSpan?.({ documentId: 'a' })).rejects.toMatchObject({
      code: 'read_only',
      message: 'no',
    });
  });

  it('passes on only known menu commands, and unsubscribes', () => {
    const shell = exposed.get('loupeShell') as {
      onDidRunCommand(listener: (command: string) => void): () => void;
    };
    const seen: string[] = [];
    const stop = shell.onDidRunCommand((command) => seen.push(command));
    for (const relay of relays) {
      relay({}, 'toggleTheme');
      relay({}, 'rm -rf');
      relay({}, { command: 'undo' });
    }
    expect(seen).toEqual(['toggleTheme']);
    stop();
    expect(relays.size).toBe(0);
    expect(SHELL_COMMAND_CHANNEL).toBe('shell:command');
  });
});
