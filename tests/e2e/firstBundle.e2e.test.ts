import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
/** The renderer built here for production (vitest sets NODE_ENV=test, which would build React's development bundle). */
const rendererDir = mkdtempSync(join(tmpdir(), 'loupe-first-bundle-'));

/** Bytes of script the first frame loads: the entry chunk and the chunks it imports statically. */
const FIRST_BUNDLE_BUDGET = 800_000;

/**
 * Bytes of script the page's entry runs before it loads the app: the first screen is HTML
 * from the loopback host (painted before any script), so the entry only hands it over
 * (4 KB built). The bare ProseMirror page of the benchmark loads 260 KB.
 */
const FIRST_PAINT_BUDGET = 8_000;

/**
 * The scripts index.html loads before the first frame, following static imports (not
 * import()): with `preloaded`, also the app's chunks it modulepreloads (fetched beside the
 * entry, run after the first paint).
 */
function firstScripts(preloaded = true): Map<string, string> {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]+src="\.\/([^"]+)"|rel="modulepreload"[^>]+href="\.\/([^"]+)"/g),
  ]
    .map((m) => m[1] ?? (preloaded ? m[2] : undefined))
    .filter((file): file is string => Boolean(file));
  const scripts = new Map<string, string>();
  const visit = (file: string): void => {
    if (scripts.has(file)) return;
    const code = readFileSync(join(rendererDir, file), 'utf8');
    scripts.set(file, code);
    for (const m of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      visit(join(dirname(file), m[1] as string));
  };
  for (const entry of entries) visit(entry);
  return scripts;
}

describe('the first bundle', () => {
  beforeAll(() => {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const args = [vite, 'build', '--config', 'vite.renderer.config.ts', '--outDir', rendererDir];
    const built = spawnSync(process.execPath, [...args, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`the renderer did not build: ${built.stderr}`);
  }, 120_000);
  afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

  it('leaves zod and the contract schemas to the views that use them', () => {
    const scripts = firstScripts();
    expect(scripts.size).toBeGreaterThan(0);
    for (const [file, code] of scripts) {
      expect(code.includes('$ZodType'), `${file} carries zod`).toBe(false);
      expect(code.includes('ZodError'), `${file} carries zod`).toBe(false);
    }
  });

  it(`stays within ${FIRST_BUNDLE_BUDGET / 1000} KB before the first frame`, () => {
    const bytes = [...firstScripts().values()].reduce(
      (sum, code) => sum + Buffer.byteLength(code),
      0,
    );
    expect(bytes, 'move what the first screen does not show into a lazy view').toBeLessThanOrEqual(
      FIRST_BUNDLE_BUDGET,
    );
  });

  it(`runs at most ${FIRST_PAINT_BUDGET / 1000} KB of script before the app, without React or ProseMirror`, () => {
    const scripts = firstScripts(false);
    const bytes = [...scripts.values()].reduce((sum, code) => sum + Buffer.byteLength(code), 0);
    expect(
      bytes,
      'the first screen comes from the host: keep the entry to its hand-over',
    ).toBeLessThanOrEqual(FIRST_PAINT_BUDGET);
    for (const [file, code] of scripts) {
      expect(code.includes('__CLIENT_INTERNALS_DO_NOT_USE'), `${file} carries React`).toBe(false);
      expect(code.includes('ProseMirror-trailingBreak'), `${file} carries ProseMirror`).toBe(false);
    }
  });
});
