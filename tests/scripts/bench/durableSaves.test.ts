import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startSaveServer } from '../../../scripts/bench/app/durableSaves';

let folder = '';
let stop: (() => Promise<void>) | null = null;

afterEach(async () => {
  await stop?.();
  stop = null;
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("the durable floor's save server", () => {
  it("answers each call once it is in the file, as Loupe's host answers its edit socket", async () => {
    folder = await mkdtemp(join(tmpdir(), 'loupe-saves-'));
    const server = await startSaveServer(folder);
    stop = server.stop;
    const socket = new WebSocket(server.url);
    await new Promise((resolve) => socket.once('open', resolve));
    const answers: string[] = [];
    const both = new Promise<void>((resolve) =>
      socket.on('message', (data: Buffer) => {
        answers.push(data.toString());
        if (answers.length === 2) resolve();
      }),
    );
    socket.send('{"id":7,"method":"save","payload":{"op":"add"}}');
    socket.send('{"id":8,"method":"save","payload":{"op":"delete"}}');
    await both;
    socket.close();
    expect(answers).toEqual(['{"id":7,"envelope":{"ok":true}}', '{"id":8,"envelope":{"ok":true}}']);
    expect(await readFile(server.file, 'utf8')).toBe(
      '{"id":7,"method":"save","payload":{"op":"add"}}\n{"id":8,"method":"save","payload":{"op":"delete"}}\n',
    );
  });
});
