import { extname, posix, resolve, sep } from 'node:path';
import { RENDERER_FILE_TYPES } from '../shared/security/rendererFileTypes';

/** The privileged scheme the packaged renderer is served from (module scripts need a standard, secure origin; file:// gives a blank window). */
export const APP_SCHEME = 'loupe-app';

/** The one host of that scheme: the renderer's build folder. */
export const APP_HOST = 'renderer';

/** The renderer's entry page; also the only page a window may show and IPC senders must come from. */
export function rendererUrl(): string {
  return `${APP_SCHEME}://${APP_HOST}/index.html`;
}

/**
 * The file of the renderer's build folder a `loupe-app://renderer/…` request names, with its
 * content type; null for another scheme or host, a hidden file, a `..` or backslash segment
 * (also percent-encoded), a NUL, or a folder. Pure: the caller reads the file.
 * @example rendererFileFor('/app/out/renderer', 'loupe-app://renderer/assets/a.js') → { path: '/app/out/renderer/assets/a.js', type: 'text/javascript; charset=utf-8' }
 */
export function rendererFileFor(
  root: string,
  url: string,
): { readonly path: string; readonly type: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '..' || part.startsWith('.'))) return null;
  const relative = parts.length === 0 ? 'index.html' : posix.join(...parts);
  const type = RENDERER_FILE_TYPES[extname(relative)];
  if (!type) return null;
  const base = resolve(root);
  const path = resolve(base, relative);
  if (!path.startsWith(base + sep)) return null;
  return { path, type };
}
