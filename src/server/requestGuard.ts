import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Host names a loopback browser may use to reach us; anything else is DNS rebinding. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** True when the Host header names this server on a loopback name and our port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return LOOPBACK_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** True when there is no Origin (same-origin navigation) or it is this server's own origin. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

/** Constant-time comparison of a presented token with the session's. */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The page cookie's name: it carries the port, because browsers send a cookie for 127.0.0.1 to
 * every port (cookies are not port-scoped), so two Loupe hosts never read each other's.
 * @example cookieName(5173) === 'loupe_token_5173'
 */
export function cookieName(port: number): string {
  return `loupe_token_${port}`;
}

/**
 * The page cookie's value: an HMAC of this host's origin under the session token. It opens
 * this host's pages and nothing else: it is not the token (an API call needs the token in its
 * header), and another app on 127.0.0.1 that receives it learns nothing it can use elsewhere.
 */
export function cookieValue(token: string, port: number): string {
  return createHmac('sha256', token)
    .update(`loupe page cookie http://127.0.0.1:${port}`)
    .digest('hex');
}

/** The value of the cookie named exactly `name` (not one whose name merely ends with it), if the request carries it. */
export function cookieToken(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
