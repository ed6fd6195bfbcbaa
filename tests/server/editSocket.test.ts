import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Workbench } from '../../src/node';
import { startServer, type RunningServer } from '../../src/server';
import { EDIT_SOCKET_PATH, type SocketAnswer } from '../../src/shared/contract';
import { projectWith, tempDir } from '../helpers/tempProject';

/** Opens the socket as a page would; answers the HTTP status when the upgrade is refused. */
function connect(port: number, query: string, origin?: string): Promise<WebSocket | number> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${EDIT_SOCKET_PATH}${query}`, {
    headers: origin === undefined ? {} : { origin },
  });
  return new Promise((resolve) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.once('error', () => resolve(-1));
  });
}

/** Sends one raw message and waits for the next answer. */
function ask(ws: WebSocket, message: string): Promise<SocketAnswer> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data)) as SocketAnswer));
    ws.send(message);
  });
}

describe("the loopback host's edit socket", () => {
  let workbench: Workbench;
  let server: RunningServer;
  let origin = '';

  beforeAll(async () => {
    ({ workbench } = await projectWith({ 'a.txt': 'Mike Pompeo met Adel Abdul-Mahdi.' }));
    server = await startServer({ invoke: workbench.invoke, staticDir: tempDir() });
    origin = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    await workbench.close();
  });

  it('refuses an upgrade without the token, from another origin or with none, and at another path', async () => {
    expect(await connect(server.port, '', origin)).toBe(401);
    expect(await connect(server.port, '?token=0000', origin)).toBe(401);
    expect(await connect(server.port, `?token=${server.token}`, 'http://evil.example')).toBe(403);
    expect(await connect(server.port, `?token=${server.token}`)).toBe(403);
    const elsewhere = new WebSocket(`ws://127.0.0.1:${server.port}/other?token=${server.token}`, {
      headers: { origin },
    });
    const status = await new Promise((resolve) =>
      elsewhere.once('unexpected-response', (_q, r) => resolve(r.statusCode)),
    );
    expect(status).toBe(404);
  });

  it('saves an edit and answers its envelope with the id it was sent with', async () => {
    const ws = (await connect(server.port, `?token=${server.token}`, origin)) as WebSocket;
    const [doc] = await workbench.listDocuments({});
    const payload = {
      documentId: doc?.id,
      label: 'PERSON',
      fragments: [{ start: 0, end: 11 }],
    };
    const answer = await ask(ws, JSON.stringify({ id: 7, method: 'addSpan', payload }));
    expect(answer.id).toBe(7);
    expect(answer.envelope.ok).toBe(true);
    const opened = await workbench.openDocument({ documentId: doc?.id ?? '' });
    expect(opened.layer.spans.map((s) => s.fragments)).toEqual([[{ start: 0, end: 11 }]]);
    ws.close();
  });

  it('answers errors as data: a refused request, a local-only method, a message that is no call', async () => {
    const ws = (await connect(server.port, `?token=${server.token}`, origin)) as WebSocket;
    const refused = await ask(ws, JSON.stringify({ id: 1, method: 'addSpan', payload: {} }));
    expect(refused).toMatchObject({ id: 1, envelope: { ok: false } });
    const local = await ask(ws, JSON.stringify({ id: 2, method: 'repairProject', payload: {} }));
    expect(local.envelope).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^unknown method/) },
    });
    const garbage = await ask(ws, '{not json');
    expect(garbage).toMatchObject({
      id: -1,
      envelope: { ok: false, error: { code: 'invalid_request' } },
    });
    ws.close();
  });
});
