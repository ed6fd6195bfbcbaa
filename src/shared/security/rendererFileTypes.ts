/**
 * The content type of each kind of file the renderer's build holds, by extension: what the
 * desktop app's protocol and `loupe serve` answer with (`nosniff` makes the browser trust it).
 * @example RENDERER_FILE_TYPES['.js'] === 'text/javascript; charset=utf-8'
 */
export const RENDERER_FILE_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};
