import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { programArgs } from '../../helpers/programBundles';

const root = join(import.meta.dirname, '..', '..', '..');

/** A `loupe serve` child process and the URL it printed. */
export interface ServedProject {
  readonly url: string;
  readonly origin: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `loupe serve <dir>` exactly as a user would, with its own user folder. */
export function serveProject(dir: string, userHome: string): Promise<ServedProject> {
  const child = spawn(process.execPath, [...programArgs('src/cli/index.ts'), 'serve', dir], {
    cwd: root,
    env: { ...process.env, LOUPE_HOME: userHome },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`loupe serve printed no URL in time:\n${stderr}`)),
      90_000,
    );
    child.once('exit', (code) => reject(new Error(`loupe serve exited with ${code}:\n${stderr}`)));
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(stdout)?.[0];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url,
        origin: new URL(url).origin,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
