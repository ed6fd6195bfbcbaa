import type { WorkbenchApi } from '../../shared/contract';
import { METHOD_NAMES } from '../../shared/contract/methodList';
import { trackSaves } from './saveState';

/** A contract error as the UI sees it, whichever transport carried it. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

declare global {
  interface Window {
    workbench?: WorkbenchApi;
  }
}

const TOKEN_KEY = 'loupe.token';

async function sessionToken(): Promise<string> {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  const stored = sessionStorage.getItem(TOKEN_KEY);
  if (stored) return stored;
  const response = await fetch('/session', { credentials: 'same-origin' });
  if (!response.ok)
    throw new ApiError('invalid_request', 'no session token: open the address loupe serve printed');
  return ((await response.json()) as { token: string }).token;
}

function httpWorkbench(): WorkbenchApi {
  const token = sessionToken();
  const api: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (request?: unknown) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-loupe-token': await token },
        body: JSON.stringify(request ?? {}),
      });
      const body = (await response.json()) as {
        ok: boolean;
        result?: unknown;
        error?: { code: string; message: string };
      };
      if (!body.ok)
        throw new ApiError(
          body.error?.code ?? 'internal',
          body.error?.message ?? `HTTP ${response.status}`,
        );
      return body.result;
    };
  }
  return api as WorkbenchApi;
}

function ipcWorkbench(exposed: WorkbenchApi): WorkbenchApi {
  const api: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (request?: unknown) => {
      try {
        return await (exposed[method] as (r: unknown) => Promise<unknown>)(request ?? {});
      } catch (error) {
        const e = error as { code?: string; message: string };
        throw new ApiError(
          e.code ?? 'internal',
          e.message.replace(/^Error invoking remote method '[^']+': /, ''),
        );
      }
    };
  }
  return api as WorkbenchApi;
}

let instance: WorkbenchApi | undefined;

/** The WorkbenchApi: Electron's preload bridge when present, else the loopback HTTP host. */
export function workbench(): WorkbenchApi {
  instance ??= trackSaves(window.workbench ? ipcWorkbench(window.workbench) : httpWorkbench());
  return instance;
}
