import type { Session, WebContents } from 'electron';

/**
 * Locks a window's contents to its one page: no navigation or redirect away, no new windows,
 * no <webview>, and devtools closed again in packaged builds.
 */
export function lockDown(contents: WebContents, allowedUrl: string, isPackaged: boolean): void {
  const stay = (event: { preventDefault(): void }, url: string): void => {
    if (url !== allowedUrl) event.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
}

/** Refuses every permission (camera, notifications, geolocation, …) the page may ask a session for. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
