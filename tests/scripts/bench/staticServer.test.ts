import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveFolder } from '../../../scripts/bench/staticServer';
import { SECURITY_HEADERS } from '../../../src/server/securityHeaders';

let stop: (() => Promise<void>) | null = null;
let folder = '';

afterEach(async () => {
  await stop?.();
  stop = null;
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function served(headers?: Record<string, string>): Promise<Response> {
  folder = await mkdtemp(join(tmpdir(), 'loupe-static-'));
  await writeFile(join(folder, 'index.html'), '<p>bare</p>');
  const server = await serveFolder(folder, headers);
  stop = server.stop;
  return fetch(server.url);
}

describe("the bench's static server", () => {
  it('serves the bare page without isolation unless asked', async () => {
    const response = await served();
    expect(await response.text()).toBe('<p>bare</p>');
    expect(response.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(response.headers.get('cross-origin-embedder-policy')).toBeNull();
  });

  it("adds the headers asked for: isolated as Loupe's host isolates its page", async () => {
    const response = await served({
      'Cross-Origin-Opener-Policy': String(SECURITY_HEADERS['Cross-Origin-Opener-Policy']),
      'Cross-Origin-Embedder-Policy': String(SECURITY_HEADERS['Cross-Origin-Embedder-Policy']),
    });
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });
});
