import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import {
  failure,
  FIRST_ANSWERS_PATH,
  httpStatusOf,
  publicContract,
  restrictTo,
  type Envelope,
  type Invoke,
} from '../shared/contract';
import {
  cookieName,
  cookieToken,
  cookieValue,
  isAllowedHost,
  isAllowedOrigin,
  tokenMatches,
} from './requestGuard';
import { acceptEditSocket } from './editSocket';
import { firstAnswers, firstScreenOf, pageParts } from './firstAnswers';
import { chosenTheme, withTheme } from './pageTheme';
import { PreparedAnswers } from './preparedAnswers';
import { closeAfterAnswer, DEFAULT_BODY_LIMITS, readBody, type BodyLimits } from './requestBody';
import { SECURITY_HEADERS } from './securityHeaders';
import { cacheControlFor, StaticFiles } from './staticFiles';

export interface ServerOptions {
  /** The workbench's invoker; the host answers only the methods any client may call. */
  readonly invoke: Invoke;
  /** The built renderer (index.html and assets). */
  readonly staticDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly token?: string;
  /** How much and how long a request body may take (defaults: DEFAULT_BODY_LIMITS). */
  readonly bodyLimits?: Partial<BodyLimits>;
  /** The longest a client may take to send a request's headers (10 s). */
  readonly headersTimeoutMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * The loopback browser host: binds 127.0.0.1 only; every request needs the per-run token
 * (URL once, then a SameSite cookie for pages and an `x-loupe-token` header for API calls),
 * a loopback Host (no DNS rebinding) and no foreign Origin.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const prepared = new PreparedAnswers(() =>
    firstAnswers(restrictTo(publicContract, options.invoke)),
  );
  const files = new StaticFiles(options.staticDir);
  const limits: BodyLimits = { ...DEFAULT_BODY_LIMITS, ...options.bodyLimits };
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  // Node closes a connection whose headers take longer than headersTimeout, or whose request
  // takes longer than requestTimeout, with a bare 408; a body's own deadline (readBody) comes
  // first and answers with the API's error envelope.
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: limits.deadlineMs + headersTimeout + 5_000,
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    },
    (request, response) => {
      handle(request, response, { ...options, token, port, prepared, files, limits }).catch(
        (error: unknown) => {
          reply(response, failure('internal', String(error)));
        },
      );
    },
  );
  // Writes may come over one kept-open WebSocket instead (editSocket.ts), under the same rules.
  const restricted = restrictTo(publicContract, options.invoke);
  const editSocket = acceptEditSocket(
    server,
    (method, payload) => {
      prepared.drop(); // as for any API call: what was prepared may be out of date
      return restricted(method, payload);
    },
    () => ({ token, port }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error(`the server listens on ${String(address)}, not on a TCP port`);
  port = address.port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        editSocket.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  ctx: ServerOptions & {
    token: string;
    port: number;
    prepared: PreparedAnswers;
    files: StaticFiles;
    limits: BodyLimits;
  },
): Promise<void> {
  if (!isAllowedHost(request.headers.host, ctx.port))
    return sendText(response, 421, 'Misdirected request: wrong Host');
  // Only a path (origin-form): an absolute URL would name another host than the Host header
  // (and takes its place, as HTTP has it), and a URL that cannot be read is the client's error.
  const url = pathUrl(request.url);
  if (!url)
    return sendText(response, 400, 'Bad request: Loupe answers a path, such as /index.html');
  if (!isAllowedOrigin(request.headers.origin, ctx.port))
    return sendText(response, 403, 'Forbidden: foreign Origin');
  if (url.pathname.startsWith('/api/')) {
    ctx.prepared.drop();
    return handleApi(request, response, url, ctx);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return sendText(response, 405, 'Method not allowed');
  const fromQuery = url.searchParams.get('token') ?? undefined;
  const authorized =
    tokenMatches(fromQuery, ctx.token) ||
    tokenMatches(cookieToken(request, cookieName(ctx.port)), cookieValue(ctx.token, ctx.port));
  if (!authorized)
    return sendText(
      response,
      401,
      'Loupe: open the URL that `loupe serve` printed (it carries the session token).',
    );
  if (url.pathname === '/session') return send(response, 200, { token: ctx.token });
  if (url.pathname === FIRST_ANSWERS_PATH)
    return send(response, 200, { answers: await ctx.prepared.take() });
  // The page's first answers are asked now, while the page is read, travels and is parsed.
  const asksPage = url.pathname === '/' || url.pathname === '/index.html';
  if (asksPage && request.method === 'GET') ctx.prepared.prepare();
  const file = await ctx.files.get(url.pathname);
  if (!file) return sendText(response, 404, 'Not found');
  const page = file.path === resolve(ctx.staticDir, 'index.html');
  const body = request.method === 'HEAD' ? undefined : file.body;
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Cache-Control': cacheControlFor(url.pathname),
    'Content-Type': file.type,
    'Set-Cookie': `${cookieName(ctx.port)}=${cookieValue(ctx.token, ctx.port)}; HttpOnly; SameSite=Strict; Path=/`,
  });
  if (!page || !body) {
    response.end(body);
    return;
  }
  // The head goes at once: the browser fetches the scripts and the first
  // answers (preloaded) while the first screen is written from those same answers.
  const { head, loading, tail } = pageParts(body.toString('utf8'), FIRST_ANSWERS_PATH);
  // The user's theme is on the page from its first byte (their settings; an in-process read).
  response.write(withTheme(head, await chosenTheme(restrictTo(publicContract, ctx.invoke))));
  const answers = await ctx.prepared.peek().catch(() => []);
  response.end((firstScreenOf(answers) ?? loading) + tail);
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  ctx: ServerOptions & { token: string; limits: BodyLimits },
): Promise<void> {
  const presented = request.headers['x-loupe-token'];
  if (!tokenMatches(Array.isArray(presented) ? presented[0] : presented, ctx.token))
    return reply(response, failure('invalid_request', 'missing or wrong session token'), 401);
  if (request.method !== 'POST')
    return reply(response, failure('invalid_request', 'use POST'), 405);
  if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
    return reply(response, failure('invalid_request', 'send application/json'), 415);
  const arrived = performance.now();
  const body = await readBody(request, ctx.limits);
  const read = performance.now();
  if ('refused' in body) {
    closeAfterAnswer(request, response);
    return reply(
      response,
      failure('invalid_request', body.message),
      body.refused === 'too_large' ? 413 : 408,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return reply(response, failure('invalid_request', `bad request body: ${reason}`), 400);
  }
  const method = url.pathname.slice('/api/'.length);
  const envelope = await restrictTo(publicContract, ctx.invoke)(method, payload);
  const done = performance.now();
  // How long the body took to arrive and the call to run, for the browser's resource timing.
  response.setHeader(
    'Server-Timing',
    `body;dur=${(read - arrived).toFixed(2)}, call;dur=${(done - read).toFixed(2)}`,
  );
  reply(response, envelope);
}

/** Sends an envelope with the status its error code maps to (200 for a result). */
function reply(response: ServerResponse, envelope: Envelope, status?: number): void {
  send(response, status ?? (envelope.ok ? 200 : httpStatusOf(envelope.error.code)), envelope);
}

/** The request's path as a URL on this host, or null when it is no path or cannot be read. */
function pathUrl(target: string | undefined): URL | null {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) return null;
  return URL.canParse(target, 'http://127.0.0.1') ? new URL(target, 'http://127.0.0.1') : null;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
