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
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Loupe</title>');
    await mkdir(join(staticDir, 'assets'));
    await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
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

  it('serves the page only with the token, then by cookie, with a strict CSP', async () => {
    expect((await call(server.port, '/')).status).toBe(401);
    const page = await call(server.port, `/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(page.headers['set-cookie']).split(';')[0] as string;
    expect((await call(server.port, '/assets/app.js', { headers: { cookie } })).status).toBe(200);
    expect(
      (await call(server.port, '/assets/app.js', { headers: { cookie: 'loupe_session=wrong' } }))
        .status,
    ).toBe(401);
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
    expect(
      (await api('listDocuments', {}, { origin: `http://127.0.0.1:${server.port}` })).status,
    ).toBe(200);
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
    const cookie = `loupe_session=${server.token}`;
    for (const path of [
      '/assets',
      '/assets/',
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fetc%2fpasswd',
      '/.hidden',
    ]) {
      expect((await call(server.port, path, { headers: { cookie } })).status, path).toBe(404);
    }
  });
});
