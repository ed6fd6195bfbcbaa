export { startServer, type RunningServer, type ServerOptions } from './startServer';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './securityHeaders';
export { isAllowedHost, isAllowedOrigin, tokenMatches } from './requestGuard';
