import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  EDIT_SOCKET_PATH,
  failure,
  type Envelope,
  type Invoke,
  type SocketAnswer,
  type SocketCall,
} from '../shared/contract';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './requestGuard';

const MAX_MESSAGE = 64 * 1024 * 1024;

function callOf(data: RawData): SocketCall | string {
  let value: unknown;
  try {
    value = JSON.parse(String(data));
  } catch (error) {
    return `bad message: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof value !== 'object' || value === null) return 'a call is an object';
  const { id, method, payload } = value as Record<string, unknown>;
  if (typeof id !== 'number' || typeof method !== 'string')
    return 'a call has a numeric id and a method name';
  return { id, method, payload };
}

/** The Origin a WebSocket upgrade must carry: browsers always send it, so one missing is refused. */
function sameOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && isAllowedOrigin(origin, port);
}

/**
 * Calls of the page over one kept-open WebSocket (`EDIT_SOCKET_PATH`): a call is one message
 * and its envelope one message back, with no request to set up per edit. The upgrade is held to
 * the same rules as an API request: a loopback Host, the page's own Origin, the session token
 * (in the address: a browser's WebSocket sends no custom header). Calls run in the order they
 * arrive, through the same invoker (only the methods any client may call).
 */
export function acceptEditSocket(
  server: Server,
  invoke: Invoke,
  session: () => { token: string; port: number },
): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { token, port } = session();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refused =
      url.pathname !== EDIT_SOCKET_PATH
        ? '404 Not Found'
        : !isAllowedHost(request.headers.host, port) || !sameOrigin(request.headers.origin, port)
          ? '403 Forbidden'
          : !tokenMatches(url.searchParams.get('token') ?? undefined, token)
            ? '401 Unauthorized'
            : null;
    if (refused) {
      socket.end(`HTTP/1.1 ${refused}\r\nConnection: close\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serve(ws, invoke));
  });
  return {
    // Open sockets would keep the server from closing: each is ended at once.
    close: () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

function serve(ws: WebSocket, invoke: Invoke): void {
  ws.on('message', (data) => {
    const call = callOf(data);
    if (typeof call === 'string') {
      const answer: SocketAnswer = { id: -1, envelope: failure('invalid_request', call) };
      ws.send(JSON.stringify(answer));
      return;
    }
    void invoke(call.method, call.payload ?? {})
      .catch((error: unknown): Envelope => failure('internal', String(error)))
      .then((envelope) => {
        const answer: SocketAnswer = { id: call.id, envelope };
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(answer));
      });
  });
}
