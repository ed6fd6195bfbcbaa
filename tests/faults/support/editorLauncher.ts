import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../../helpers/tempProject';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const EDITOR = join(ROOT, 'tests/faults/support/editor.ts');

/** How to start the editor child: a bundle precompiled with esbuild (fast) or the source through tsx. */
export interface EditorCommand {
  readonly args: readonly string[];
  readonly kind: 'esbuild bundle' | 'tsx';
}

/**
 * Bundles the editor child once with the esbuild that tsx ships (~4× faster to start than
 * `node --import tsx`, which is what hundreds of kills need); falls back to tsx without it.
 */
export async function prepareEditor(): Promise<EditorCommand> {
  try {
    const esbuild = await import('esbuild');
    const outfile = join(tempDir('loupe-faults-editor-'), 'editor.mjs');
    await esbuild.build({
      entryPoints: [EDITOR],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as loupeRequire } from 'node:module'; const require = loupeRequire(import.meta.url);",
      },
    });
    return { args: [outfile], kind: 'esbuild bundle' };
  } catch {
    return { args: ['--import', 'tsx', EDITOR], kind: 'tsx' };
  }
}

/** A running editor child with its output so far and a promise of its exit. */
export interface EditorChild {
  readonly process: ChildProcess;
  readonly seed: number;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves true when stdout holds `marker` (`times` times), false if the child ends first. */
  waitFor(marker: string, times?: number): Promise<boolean>;
}

/** Starts an editor child that loads its modules and waits for a line on stdin before it opens the project. */
export function spawnEditor(
  command: EditorCommand,
  projectDir: string,
  seed: number,
  userFolder: string,
  env: NodeJS.ProcessEnv = {},
): EditorChild {
  const child = spawn(process.execPath, [...command.args, projectDir, String(seed), '--wait'], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOUPE_HOME: userFolder },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.on('error', () => undefined); // a child killed before it read its go line
  let stdout = '';
  let stderr = '';
  let ended = false;
  const watchers = new Set<() => void>();
  const notify = (): void => watchers.forEach((check) => check());
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    notify();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      ended = true;
      notify();
      resolve({ code, signal });
    });
  });
  return {
    process: child,
    seed,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitFor(marker, times = 1) {
      const seen = (): boolean => stdout.split(marker).length > times;
      return new Promise((resolve) => {
        const check = (): void => {
          if (!seen() && !ended) return;
          watchers.delete(check);
          resolve(seen());
        };
        watchers.add(check);
        check();
      });
    },
  };
}
