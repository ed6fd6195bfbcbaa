import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Starts `durableSaveServer.ts` in a process of its own (as Loupe's host runs in its own),
 * appending to `<dir>/saves`; its WebSocket address and a function that stops it.
 */
export async function startSaveServer(
  dir: string,
): Promise<{ url: string; file: string; stop(): Promise<void> }> {
  const file = join(dir, 'saves');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, 'durableSaveServer.ts'), file],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<string>((done, fail) => {
    lines.once('line', done);
    child.once('exit', (code) => fail(new Error(`the save server exited (${code})`)));
  });
  const exited = new Promise((done) => child.once('exit', done));
  return {
    url: `ws://127.0.0.1:${port}`,
    file,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
