import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { say } from './output';
import { appRoot, rendererDir } from './paths';

async function newestMtime(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  let newest = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Builds the renderer with Vite when its output is missing or older than its sources. */
export async function ensureRendererBuilt(): Promise<void> {
  const built = await stat(join(rendererDir, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = Math.max(
    await newestMtime(join(appRoot, 'src', 'renderer')),
    await newestMtime(join(appRoot, 'src', 'shared')),
  );
  if (built >= sources) return;
  say('Building the Loupe interface (first run)…');
  const { build } = await import('vite');
  // A build for users: React's production bundle even when NODE_ENV says otherwise (a browser
  // test's `loupe serve` runs with NODE_ENV=test, and Vite would build React's development
  // bundle, a third larger and slower, which a later benchmark would then measure).
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(appRoot, 'vite.renderer.config.ts'), logLevel: 'warn' });
  } finally {
    if (mode === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = mode;
  }
}
