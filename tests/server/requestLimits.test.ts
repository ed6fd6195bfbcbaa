import { connect, type Socket } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server';
import { projectWith, tempDir } from '../helpers/tempProject';

/** A raw socket to the host: what it answers, and whether it closed the connection. */
interface RawClient {
  readonly socket: Socket;
  /** Everything the host sent, once it sent a whole answer or closed. */
  readonly answer: Promise<string>;
  readonly closed: Promise<void>;
}

function rawClient(port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      let received = '';
      let answered: (text: string) => void = () => undefined;
      const answer = new Promise<string>((done) => (answered = done));
      const closed = new Promise<void>((done) => socket.on('close', () => done()));
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('utf8');
        const head = received.indexOf('\r\n\r\n');
        const length = /content-length: (\d+)/i.exec(received)?.[1];
        if (head >= 0 && length !== undefined && received.length >= head + 4 + Number(length))
          answered(received);
      });
      socket.on('close', () => answered(received));
      socket.on('error', () => undefined); // writes after the host closed: expected
      resolve({ socket, answer, closed });
    });
    socket.once('error', reject);
  });
}

/** Resolves with what `promise` gives, or with 'timed out' after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  return Promise.race([
    promise,
    new Promise<'timed out'>((done) => setTimeout(() => done('timed out'), ms).unref()),
  ]);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the loopback host bounds each request in time and size', () => {
  let server: RunningServer;
  const staticDir = tempDir();

  beforeAll(async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Loupe</title>');
    server = await startServer({
      invoke: workbench.invoke,
      staticDir,
      bodyLimits: { maxBytes: 1024 * 1024, deadlineMs: 1_500, idleMs: 700 },
      headersTimeoutMs: 1_000,
    });
  });
  afterAll(() => server.close());

  const head = (extra: string) =>
    `POST /api/listDocuments HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
    `Content-Type: application/json\r\nX-Loupe-Token: ${server.token}\r\n${extra}\r\n`;

  /** A normal call on its own connection: the host still serves others. */
  async function listDocuments(): Promise<string> {
    const client = await rawClient(server.port);
    client.socket.write(head('Content-Length: 2\r\n') + '{}');
    const answer = await within(client.answer, 3_000);
    client.socket.destroy();
    return answer;
  }

  it('answers a chunked body without end 413, as an error envelope, and closes it', async () => {
    const client = await rawClient(server.port);
    client.socket.write(head('Transfer-Encoding: chunked\r\n'));
    let writing = true;
    void client.answer.then(() => (writing = false));
    const chunk = `${(64 * 1024).toString(16)}\r\n${' '.repeat(64 * 1024)}\r\n`;
    void (async () => {
      while (writing && !client.socket.destroyed) {
        if (!client.socket.write(chunk)) await sleep(5);
      }
    })();
    const answer = await within(client.answer, 5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    const envelope = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(envelope.ok).toBe(false);
    expect(envelope.error.message).toMatch(/larger than 1 MiB/);
    expect(await listDocuments()).toMatch(/^HTTP\/1\.1 200 /);
    // The host stops reading what keeps coming and closes the connection.
    expect(await within(client.closed, 10_000)).not.toBe('timed out');
  });

  it('answers a body sent a byte at a time 408 once its deadline passes, serving others meanwhile', async () => {
    const client = await rawClient(server.port);
    client.socket.write(head('Content-Length: 1000\r\n'));
    const started = Date.now();
    const dripping = setInterval(() => client.socket.write(' '), 200);
    await sleep(300);
    expect(await listDocuments()).toMatch(/^HTTP\/1\.1 200 /);
    const answer = await within(client.answer, 5_000);
    clearInterval(dripping);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeLessThan(4_000);
    const envelope = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(envelope.error.message).toMatch(/did not arrive within 1.5 s/);
    expect(await within(client.closed, 10_000)).not.toBe('timed out');
  });

  it('answers a body that stops arriving 408', async () => {
    const client = await rawClient(server.port);
    client.socket.write(head('Content-Length: 100\r\n') + '{"a":');
    const answer = await within(client.answer, 5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/stopped arriving for 0.7 s/);
    expect(await within(client.closed, 10_000)).not.toBe('timed out');
  });

  it('closes a connection whose headers come a byte at a time', async () => {
    const client = await rawClient(server.port);
    const text = head('Content-Length: 2\r\n');
    let at = 0;
    const dripping = setInterval(() => {
      if (at < text.length && !client.socket.destroyed) client.socket.write(text[at++] ?? '');
    }, 100);
    const closed = await within(client.closed, 6_000);
    clearInterval(dripping);
    expect(closed).not.toBe('timed out');
    expect(at).toBeLessThan(text.length);
    expect(await listDocuments()).toMatch(/^HTTP\/1\.1 200 /);
  });
});
