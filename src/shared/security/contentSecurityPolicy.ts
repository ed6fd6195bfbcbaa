/**
 * The renderer's Content-Security-Policy, for both hosts: our own scripts only, no remote
 * origins, no plugins, no framing, no forms. Inline styles stay allowed for positioning.
 * @example response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
