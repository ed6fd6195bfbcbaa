import type { Protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import { APP_SCHEME, rendererFileFor } from './rendererFile';

/**
 * Declares the renderer's scheme standard and secure (like https), with V8's code cache on
 * (off by default for custom schemes): a window opened again skips compiling the bundle.
 * Called once, before the app is ready.
 */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the renderer's build folder on `loupe-app://renderer/`, each response with the CSP. */
export function serveRenderer(protocol: Protocol, root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(root, request.url);
    const body = file ? await readInside(root, file.path) : null;
    if (!file || !body) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

/** The file's bytes when it resolves inside the build folder (no link leads out); else null. */
async function readInside(root: string, path: string): Promise<Buffer | null> {
  try {
    const [base, real] = await Promise.all([realpath(root), realpath(path)]);
    if (!real.startsWith(base + sep)) return null;
    return await readFile(real);
  } catch {
    return null;
  }
}
