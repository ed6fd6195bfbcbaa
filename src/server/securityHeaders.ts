import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';

export { CONTENT_SECURITY_POLICY };

/** Headers on every response of the loopback host. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // With the opener policy: the page is cross-origin isolated, so it may share memory with the
  // worker that holds its edit socket (an edit's answer handed over in the key's own task).
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
