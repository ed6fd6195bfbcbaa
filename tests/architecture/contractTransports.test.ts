import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposeApi, type IpcRegistrar } from '../../src/main/ipc/exposeApi';
import type { Workbench } from '../../src/node';
import { startServer, type RunningServer } from '../../src/server';
import {
  INVOKE_CHANNEL,
  publicContract,
  workbenchContract,
  type Envelope,
} from '../../src/shared/contract';
import { projectWith, tempDir } from '../helpers/tempProject';

const TRUSTED = 'file:///app/index.html';
const ALL = Object.keys(workbenchContract);
const PUBLIC = new Set(Object.keys(publicContract));
const unknown = (envelope: Envelope) =>
  !envelope.ok && envelope.error.message.startsWith('unknown method');

/**
 * Every transport is derived from the contract table: each method any client may call
 * reaches its handler over IPC and HTTP (an empty request is then refused by its schema or
 * answered, never "unknown method"), each local-only method is unknown to both, and the
 * in-process client has every method. A method added to the table needs no transport change.
 */
describe('transports derived from the contract table', () => {
  let workbench: Workbench;
  let server: RunningServer;
  let ipcCall: (method: string, payload: unknown) => Promise<Envelope>;

  beforeAll(async () => {
    ({ workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' }));
    server = await startServer({ invoke: workbench.invoke, staticDir: tempDir() });
    let handler: ((...args: unknown[]) => Promise<Envelope>) | undefined;
    const ipc = {
      handle: (_channel: string, h: (...args: unknown[]) => Promise<Envelope>) => (handler = h),
      removeHandler: () => undefined,
    } as unknown as IpcRegistrar;
    exposeApi(
      ipc,
      () => workbench.invoke,
      (url) => url === TRUSTED,
    );
    ipcCall = (method, payload) =>
      (handler as NonNullable<typeof handler>)(
        { senderFrame: { url: TRUSTED, parent: null } },
        method,
        payload,
      );
  });
  afterAll(async () => {
    await server.close();
    await workbench.close();
  });

  const http = async (method: string): Promise<Envelope> => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-loupe-token': server.token },
      body: JSON.stringify({ not: 'a valid request' }),
    });
    return (await response.json()) as Envelope;
  };

  it.each(ALL)(
    '%s: reachable over IPC and HTTP exactly when every client may call it',
    async (method) => {
      const [overIpc, overHttp] = [
        await ipcCall(method, { not: 'a valid request' }),
        await http(method),
      ];
      expect(unknown(overIpc), 'IPC').toBe(!PUBLIC.has(method));
      expect(unknown(overHttp), 'HTTP').toBe(!PUBLIC.has(method));
      expect(typeof (workbench as unknown as Record<string, unknown>)[method]).toBe('function');
    },
  );

  it('the table carries a summary, a kind and the errors of every method', () => {
    for (const [name, spec] of Object.entries(workbenchContract)) {
      expect(spec.summary.length, name).toBeGreaterThan(10);
      expect(['read', 'edit', 'append', 'settings']).toContain(spec.kind);
      expect(Array.isArray(spec.errors)).toBe(true);
    }
    expect(INVOKE_CHANNEL).toBe('workbench:invoke');
  });
});
