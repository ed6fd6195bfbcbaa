import {
  asEnvelope,
  clientOfMethods,
  failure,
  PUBLIC_METHOD_KINDS,
  publicMethodKind,
  type Envelope,
  type Invoke,
  type PublicApi,
  type PublicContract,
} from '../../shared/contract';
import { openEditSocket, type EditSocket } from './editSocket';
import { fetchFirstAnswers, withFirstAnswers } from './firstAnswers';
import { trackSaves } from './saveState';

/** What the desktop preload exposes: one call function answering envelopes (never throwing). */
interface DesktopBridge {
  invoke(method: string, payload: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    workbench?: DesktopBridge;
  }
}

const TOKEN_KEY = 'loupe.token';

async function sessionToken(): Promise<string> {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    // Kept for a reload and taken out of the address after the first requests left: both
    // calls wait on the browser process, and until they ran the address still has the token.
    setTimeout(() => {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      url.searchParams.delete('token');
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    });
    return fromUrl;
  }
  const stored = sessionStorage.getItem(TOKEN_KEY);
  if (stored) return stored;
  const response = await fetch('/session', { credentials: 'same-origin' });
  if (!response.ok) throw new Error('no session token: open the address loupe serve printed');
  const body: unknown = await response.json();
  const token = typeof body === 'object' && body !== null && 'token' in body ? body.token : null;
  if (typeof token !== 'string') throw new Error('the session answered no token');
  return token;
}

/** True when a call of `method` writes the project (an edit or an append). */
function writes(method: string): boolean {
  const kind = publicMethodKind(method);
  return kind === 'edit' || kind === 'append';
}

/**
 * Calls over the loopback host: POST /api/<method> with the session token; the body is the
 * envelope. Writes go over one kept-open WebSocket once it is open (editSocket.ts), in the
 * order they are made: while a write sent over HTTP is on its way, the next ones follow it
 * there. The first reads are answered from what the page preloaded (firstAnswers.ts).
 */
function httpInvoke(): Invoke {
  const first = fetchFirstAnswers();
  const token = sessionToken();
  // Once known, the token is used as it is: the request leaves in the same task as the key
  // that caused it, before the view redraws.
  let known: string | null = null;
  let socket: EditSocket | null = null;
  let httpWrites = 0;
  void token
    .then((value) => {
      known = value;
      socket = openEditSocket(value);
    })
    .catch(() => undefined);
  const post = async (method: string, payload: unknown): Promise<Envelope> => {
    try {
      const body = JSON.stringify(payload ?? {});
      const headers = {
        'content-type': 'application/json',
        'x-loupe-token': known ?? (await token),
      };
      const response = await fetch(`/api/${method}`, { method: 'POST', headers, body });
      return asEnvelope(await response.json().catch(() => null), `HTTP ${response.status}`);
    } catch (error) {
      return failure('io', `Loupe's host did not answer: ${String(error)}`);
    }
  };
  return withFirstAnswers(async (method, payload) => {
    if (!writes(method)) return post(method, payload);
    const overSocket = httpWrites === 0 ? socket?.call(method, payload ?? {}) : null;
    if (overSocket) return overSocket;
    httpWrites++;
    try {
      return await post(method, payload);
    } finally {
      httpWrites--;
    }
  }, first);
}

/** Calls over Electron's bridge: the preload answers envelopes as plain data. */
export function ipcInvoke(bridge: DesktopBridge): Invoke {
  return async (method, payload): Promise<Envelope> =>
    asEnvelope(await bridge.invoke(method, payload ?? {}), 'the desktop bridge');
}

/** The transport this window has: Electron's preload when present, else the loopback HTTP host. */
export function windowInvoke(): Invoke {
  return window.workbench ? ipcInvoke(window.workbench) : httpInvoke();
}

let instance: PublicApi | undefined;

/** The contract's client for this window; errors arrive as WorkbenchError with their code. */
export function workbench(): PublicApi {
  instance ??= clientOfMethods<PublicContract>(
    Object.keys(PUBLIC_METHOD_KINDS),
    trackSaves(windowInvoke()),
  );
  return instance;
}
