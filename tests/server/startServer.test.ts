import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server';
import { projectWith, tempDir } from '../helpers/tempProject';

/** A raw HTTP call with full control over Host and Origin (fetch forbids setting them). */
function call(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback host', () => {
  let server: RunningServer;
  const staticDir = tempDir();

  beforeAll(async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await writeFile(
      join(staticDir, 'index.html'),
      '<!doctype html><html><head><title>Loupe</title></head><body></body></html>',
    );
    await mkdir(join(staticDir, 'assets'));
    await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(staticDir, 'assets', 'index-CsTtQIrt.js'), 'console.log(2)');
    server = await startServer({ invoke: workbench.invoke, staticDir });
  });
  afterAll(() => server.close());

  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    call(server.port, `/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-loupe-token': server.token, ...headers },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 and prints a URL with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('serves the page only with the token, then by a port-named SameSite=Strict cookie, with a strict CSP', async () => {
    expect((await call(server.port, '/')).status).toBe(401);
    const page = await call(server.port, `/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // Cross-origin isolated: the page may share memory with its edit socket's worker.
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['cross-origin-embedder-policy']).toBe('require-corp');
    const setCookie = String(page.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^loupe_token_${server.port}=[0-9a-f]{64}; `));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const cookie = setCookie.split(';')[0] as string;
    expect(cookie).not.toContain(server.token);
    expect((await call(server.port, '/assets/app.js', { headers: { cookie } })).status).toBe(200);
    expect(
      (
        await call(server.port, '/assets/app.js', {
          headers: { cookie: `loupe_token_${server.port}=wrong` },
        })
      ).status,
    ).toBe(401);
  });

  it('lets the browser keep hashed assets, never the page, the session or the first answers', async () => {
    const page = await call(server.port, `/?token=${server.token}`);
    const cookie = String(page.headers['set-cookie']).split(';')[0] as string;
    expect(page.headers['cache-control']).toBe('no-store');
    const asset = await call(server.port, '/assets/index-CsTtQIrt.js', { headers: { cookie } });
    expect(asset.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    for (const path of ['/session', '/first-answers', '/assets/app.js'])
      expect(
        (await call(server.port, path, { headers: { cookie } })).headers['cache-control'],
      ).toBe('no-store');
  });

  it('gives another app on 127.0.0.1 (which the browser sends the cookie to) nothing it can use', async () => {
    const page = await call(server.port, `/?token=${server.token}`);
    const [name, value] = (String(page.headers['set-cookie']).split(';')[0] as string).split(
      '=',
    ) as [string, string];
    // The value is not the token: as an API token it is refused.
    expect((await api('listDocuments', {}, { 'x-loupe-token': value })).status).toBe(401);
    // A cookie whose name merely ends with ours (another app's, a prefix attack) opens nothing.
    for (const cookie of [
      `x${name}=${value}`,
      `${name}x=${value}`,
      `loupe_token_1=${value}`,
      `${name}=${server.token}`,
    ])
      expect(
        (await call(server.port, '/assets/app.js', { headers: { cookie } })).status,
        cookie,
      ).toBe(401);
    // Another Loupe host on another port names its cookie after its own port.
    expect(name).toBe(`loupe_token_${server.port}`);
  });

  it('preloads the first answers from the page, and serves them by the page cookie only', async () => {
    const page = await call(server.port, `/?token=${server.token}`);
    expect(page.body).toContain(
      '<link rel="preload" href="./first-answers" as="fetch" crossorigin>',
    );
    const cookie = String(page.headers['set-cookie']).split(';')[0] as string;
    expect((await call(server.port, '/first-answers')).status).toBe(401);
    const first = await call(server.port, '/first-answers', { headers: { cookie } });
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    const { answers } = JSON.parse(first.body) as {
      answers: { method: string; request: unknown; envelope: { ok: boolean; result: unknown } }[];
    };
    const listed = answers.find((a) => a.method === 'listDocuments');
    expect(listed?.envelope).toEqual(JSON.parse((await api('listDocuments', {})).body));
    expect(answers.map((a) => a.method)).toEqual([
      'getSettings',
      'listDocuments',
      'getProject',
      'listEntities',
      'openDocument',
    ]);
    expect(answers.at(-1)).toMatchObject({ request: { documentId: 'a' }, envelope: { ok: true } });
  });

  it('answers API calls with the token header only', async () => {
    expect((await api('listDocuments', {})).status).toBe(200);
    expect(JSON.parse((await api('listDocuments', {})).body).result[0].id).toBe('a');
    expect((await api('listDocuments', {}, { 'x-loupe-token': 'nope' })).status).toBe(401);
  });

  it('rejects a wrong Host (DNS rebinding) and a foreign Origin', async () => {
    expect(
      (await call(server.port, `/?token=${server.token}`, { headers: { host: 'evil.example:80' } }))
        .status,
    ).toBe(421);
    expect((await api('listDocuments', {}, { origin: 'http://evil.example' })).status).toBe(403);
    // The API checks the Host too, not only pages (a rebinding page would call /api/ with the token it saw).
    expect((await api('listDocuments', {}, { host: 'evil.example:80' })).status).toBe(421);
    expect(
      (await api('listDocuments', {}, { host: `localhost.evil.example:${server.port}` })).status,
    ).toBe(421);
    expect(
      (await api('listDocuments', {}, { origin: `http://127.0.0.1:${server.port}` })).status,
    ).toBe(200);
  });

  it('answers only a path: an absolute URL (another host) or one it cannot read is a 400, never the page', async () => {
    for (const target of [
      `http://evil.example/?token=${server.token}`,
      `http://[bad/?token=${server.token}`,
      `//evil.example/?token=${server.token}`,
    ]) {
      const answer = await call(server.port, target);
      expect(answer.status, target).toBe(400);
      expect(answer.body, target).toMatch(/^Bad request: Loupe answers a path/);
    }
    expect((await call(server.port, `/?token=${server.token}`)).status).toBe(200);
  });

  it('validates every request against the contract', async () => {
    const bad = await api('addSpan', {
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 5, end: 2 }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('fragments'),
    });
    expect((await api('notAMethod', {})).status).toBe(400);
    expect((await api('toString', {})).status).toBe(400);
    expect((await api('listDocuments', { extra: 1 })).status).toBe(400);
  });

  it('lists no folders and lets no path escape the static folder', async () => {
    const page = await call(server.port, `/?token=${server.token}`);
    const cookie = String(page.headers['set-cookie']).split(';')[0] as string;
    for (const path of [
      '/assets',
      '/assets/',
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fetc%2fpasswd',
      '/..%5c..%5cetc%5cpasswd',
      '/%2e%2e%5c%2e%2e%5cpackage.json',
      '/.hidden',
    ]) {
      expect((await call(server.port, path, { headers: { cookie } })).status, path).toBe(404);
    }
  });

  it('answers a body over 64 MiB with 413 and a message, not a reset', async () => {
    const big = 'x'.repeat(64 * 1024 * 1024 + 10);
    const answer = await call(server.port, '/api/listDocuments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-loupe-token': server.token },
      body: big,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/larger than 64 MiB/);
    expect((await api('listDocuments', {})).status).toBe(200);
  });

  it('refuses an upload whose base64 is not valid, importing nothing', async () => {
    const bad = await api('importFiles', {
      files: [{ name: 'x.txt', base64: 'aGVsbG8@@@' }],
      format: 'txt',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid base64/);
    const listed = JSON.parse((await api('listDocuments', {})).body).result;
    expect(listed.map((d: { id: string }) => d.id)).toEqual(['a']);
  });

  it('serves other requests while a 60 MB body is still arriving', async () => {
    const req = request({
      host: '127.0.0.1',
      port: server.port,
      path: '/api/listDocuments',
      method: 'POST',
      headers: {
        host: `127.0.0.1:${server.port}`,
        'content-type': 'application/json',
        'x-loupe-token': server.token,
        'content-length': String(60 * 1024 * 1024),
      },
    });
    const answered = new Promise<number>((resolve) =>
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }),
    );
    req.write(' '.repeat(30 * 1024 * 1024));
    expect((await api('listDocuments', {})).status).toBe(200);
    req.end(`{}${' '.repeat(30 * 1024 * 1024 - 2)}`);
    expect(await answered).toBe(200);
  });
});
