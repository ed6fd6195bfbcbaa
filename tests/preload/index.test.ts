import type { IpcMainInvokeEvent } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { exposeApi } from '../../src/main/ipc/exposeApi';
import { ipcInvoke } from '../../src/renderer/src/bridge';
import {
  createClient,
  createInvoker,
  INVOKE_CHANNEL,
  publicContract,
  SHELL_COMMAND_CHANNEL,
  WorkbenchError,
  workbenchContract,
  type Invoke,
  type ProjectInfo,
  type WorkbenchHandlers,
} from '../../src/shared/contract';
import { copyAcrossBridge, fakeContextBridge, fakeIpc } from '../helpers/fakeElectron';
import { createWorkbench } from '../../src/node';
import { projectWith, tempDir } from '../helpers/tempProject';

const TRUSTED = 'file:///app/out/renderer/index.html';

/** The world as the real window has it: a bridge that copies, IPC that clones. */
const world = vi.hoisted(() => ({
  bridge: null as null | ReturnType<typeof fakeContextBridge>,
  ipc: null as null | ReturnType<typeof fakeIpc<IpcMainInvokeEvent>>,
  relays: new Set<(event: unknown, command: unknown) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => world.bridge?.exposeInMainWorld(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) =>
      world.ipc?.ipcRenderer.invoke(channel, ...args),
    on: (_channel: string, relay: (event: unknown, command: unknown) => void) =>
      void world.relays.add(relay),
    removeListener: (_channel: string, relay: (event: unknown, command: unknown) => void) =>
      void world.relays.delete(relay),
  },
}));

/** Main's side: the real exposeApi answering with `invoke`, reached through cloning IPC. */
function mainAnswers(invoke: Invoke): void {
  const event = { senderFrame: { url: TRUSTED, parent: null }, sender: { id: 1 } };
  world.ipc = fakeIpc(event as unknown as IpcMainInvokeEvent);
  exposeApi(
    world.ipc.ipcMain,
    () => invoke,
    (url) => url === TRUSTED,
  );
}

/** The renderer's client, built on what the main world holds after the bridge copied the preload's API. */
function rendererClient() {
  const exposed = world.bridge?.mainWorld.workbench as {
    invoke(m: string, p: unknown): Promise<unknown>;
  };
  return createClient(publicContract, ipcInvoke(exposed));
}

describe('the preload over a bridge that copies the way Electron does', () => {
  beforeAll(async () => {
    world.bridge = fakeContextBridge();
    await import('../../src/preload/index');
  });

  it('exposes one call function and one command subscription, frozen before copying', () => {
    expect(Object.keys(world.bridge?.mainWorld ?? {}).sort()).toEqual(['loupeShell', 'workbench']);
    expect(Object.keys(world.bridge?.mainWorld.workbench as object)).toEqual(['invoke']);
    expect(Object.keys(world.bridge?.mainWorld.loupeShell as object)).toEqual(['onDidRunCommand']);
  });

  it('delivers every error code to the renderer: not_found, needs_confirmation, read_only, invalid_request', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo spoke.' });
    mainAnswers(workbench.invoke);
    const client = rendererClient();
    await client.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 11 }] });
    const codeOf = (call: Promise<unknown>) =>
      call.then(
        () => 'ok',
        (e: unknown) => (e instanceof WorkbenchError ? e.code : `untyped: ${String(e)}`),
      );
    expect(await codeOf(client.openDocument({ documentId: 'nope' }))).toBe('not_found');
    expect(await codeOf(client.deleteLabel({ name: 'PERSON' }))).toBe('needs_confirmation');
    expect(await codeOf(client.addSpan({ documentId: 'a', label: 'PERSON', fragments: [] }))).toBe(
      'invalid_request',
    );
    await workbench.close();
    const reader = await createWorkbench(workbench.store.dir, {
      access: 'read',
      userFolder: tempDir(),
    });
    mainAnswers(reader.invoke);
    expect(await codeOf(rendererClient().setStatus({ documentId: 'a', status: 'done' }))).toBe(
      'read_only',
    );
    expect((await rendererClient().listDocuments({}))[0]?.id).toBe('a');
    await reader.close();
  });

  it('is the bridge that drops a thrown error’s code: the design it replaces would have lost it', async () => {
    const coded = Object.assign(new Error('no document d9'), { code: 'not_found' });
    const thrower = copyAcrossBridge(async () => {
      throw coded;
    }) as () => Promise<never>;
    const seen = await thrower().catch((e: unknown) => e);
    expect(seen).toBeInstanceOf(Error);
    expect((seen as { code?: string }).code).toBeUndefined();
    expect((seen as Error).message).toBe('no document d9');
  });

  it('refuses at the boundary a result holding a Map, a class instance or a getter, instead of mangling it', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'x' });
    const info = await workbench.getProject({});
    class Folder {
      constructor(readonly path: string) {}
    }
    const bad: Record<string, () => ProjectInfo> = {
      Map: () => ({ ...info, schema: { ...info.schema, extra: new Map() } as never }),
      Folder: () => ({ ...info, dir: new Folder('/p') as never }),
      getter: () =>
        Object.defineProperty({ ...info }, 'name', { get: () => 'late', enumerable: true }),
    };
    for (const [kind, make] of Object.entries(bad)) {
      const invoke = createInvoker(workbenchContract, {
        ...handlersOf(workbench.invoke),
        getProject: async () => make(),
      });
      mainAnswers(invoke);
      const error = await rendererClient()
        .getProject({})
        .catch((e: unknown) => e);
      expect(error, kind).toBeInstanceOf(WorkbenchError);
      expect(error, kind).toMatchObject({
        code: 'internal',
        message: expect.stringContaining(kind === 'getter' ? 'getter' : kind),
      });
    }
    await workbench.close();
  });

  it('never lets the renderer reach a local-only method (a path on disk) through the bridge', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'x' });
    mainAnswers(workbench.invoke);
    const exposed = world.bridge?.mainWorld.workbench as {
      invoke(m: string, p: unknown): Promise<unknown>;
    };
    expect(
      await exposed.invoke('exportTo', { format: 'loupe', annotator: 'tester', out: '/tmp/x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', message: 'unknown method "exportTo"' },
    });
    expect(await exposed.invoke('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(world.ipc?.handlers.has(INVOKE_CHANNEL)).toBe(true);
    await workbench.close();
  });

  it('passes on only known menu commands, and unsubscribes', () => {
    const shell = world.bridge?.mainWorld.loupeShell as {
      onDidRunCommand(listener: (command: string) => void): () => void;
    };
    const seen: string[] = [];
    const stop = shell.onDidRunCommand((command) => seen.push(command));
    for (const relay of world.relays) {
      relay({}, 'toggleTheme');
      relay({}, 'rm -rf');
      relay({}, { command: 'undo' });
    }
    expect(seen).toEqual(['toggleTheme']);
    stop();
    expect(world.relays.size).toBe(0);
    expect(SHELL_COMMAND_CHANNEL).toBe('shell:command');
  });
});

/** Handlers that forward to an invoker (to swap one handler for a broken one). */
function handlersOf(invoke: Invoke): WorkbenchHandlers {
  return Object.fromEntries(
    Object.keys(workbenchContract).map((method) => [
      method,
      async (request: unknown) => {
        const envelope = await invoke(method, request);
        if (envelope.ok) return envelope.result;
        throw new WorkbenchError(envelope.error.code, envelope.error.message);
      },
    ]),
  ) as never;
}
