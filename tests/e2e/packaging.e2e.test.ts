import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  files: { filter: string[] }[];
  directories: { output: string; buildResources: string };
  extraResources: { from: string; to: string; filter: string[] }[];
  asar: boolean;
  linux: { target: string[]; icon: string; executableName: string; mimeTypes: string[] };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
}

/** electron-builder's own reading and validation of the config (no Electron download needed). */
async function builderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } =
    require('app-builder-lib/out/util/config/config') as {
      getConfig(dir: string, path: string | null, options: null): Promise<unknown>;
      validateConfiguration(
        config: unknown,
        logger: { isEnabled: boolean; add(): void },
      ): Promise<void>;
    };
  const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, { isEnabled: false, add: () => undefined });
  return config as BuilderConfig;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Modules a CommonJS bundle requires at run time, following its own chunks (`./chunks/…`, shipped beside it). */
function requires(bundle: string, seen = new Set<string>()): string[] {
  seen.add(bundle);
  // a bundled library's doc comments show `require('…')` in examples: only code counts
  const code = readFileSync(bundle, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const names = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)];
  const found = new Set<string>();
  for (const name of names.map((m) => m[1] as string)) {
    if (!name.startsWith('./')) found.add(name);
    else if (!seen.has(join(dirname(bundle), name)))
      for (const inner of requires(join(dirname(bundle), name), seen)) found.add(inner);
  }
  return [...found].sort();
}

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

describe('packaging (after npm run build)', () => {
  it('has an electron-builder config that electron-builder accepts, for Linux, macOS and Windows', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.linux.mimeTypes).toContain('inode/directory');
  });

  it('names only files that exist, and its patterns pick up the app and nothing else', async () => {
    const config = await builderConfig();
    const files = config.files.flatMap((set) => set.filter);
    for (const pattern of files.filter((p) => !p.startsWith('!'))) {
      const path = join(root, pattern.replace(/\/\*\*$/, ''));
      expect(existsSync(path), pattern).toBe(true);
      if (pattern.endsWith('/**')) expect(filesUnder(path).length, pattern).toBeGreaterThan(0);
    }
    expect(files).toContain('!node_modules/**/*');
    const main = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string })
      .main;
    expect(existsSync(join(root, main))).toBe(true);
    expect(files.some((p) => p.endsWith('/**') && main.startsWith(p.slice(0, -2)))).toBe(true);
    for (const resource of config.extraResources)
      expect(
        readdirSync(join(root, resource.from)).filter((n) => n.endsWith('.txt')).length,
      ).toBeGreaterThan(0);
  });

  it('ships generated icons for every platform', async () => {
    const config = await builderConfig();
    const png = (path: string) =>
      readFileSync(path)
        .subarray(0, 8)
        .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const linuxIcons = readdirSync(join(root, config.linux.icon));
    expect(linuxIcons).toEqual(
      expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']),
    );
    for (const name of linuxIcons)
      expect(png(join(root, config.linux.icon, name)), name).toBe(true);
    expect(png(join(root, 'build', 'icon.png'))).toBe(true);
    const icns = readFileSync(join(root, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const ico = readFileSync(join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(6);
  });

  it('builds main and preload that need no node_modules (so the asar holds none)', () => {
    const main = requires(join(root, 'out', 'main', 'index.cjs'));
    expect(main.filter((name) => !isBuiltin(name) && name !== 'electron')).toEqual([]);
    expect(main).toContain('electron');
    // the learner's worker thread, started from the main bundle (src/node/suggest/runInWorker.ts)
    const worker = requires(join(root, 'out', 'main', 'suggestWorker.cjs'));
    expect(worker.filter((name) => !isBuiltin(name))).toEqual([]);
    expect(requires(join(root, 'out', 'preload', 'index.cjs'))).toEqual(['electron']);
  });

  it('builds a complete renderer: every referenced asset exists, no inline script, a strict CSP', () => {
    const dir = join(root, 'out', 'renderer');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="(\.\/assets\/[^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    expect(refs.some((r) => r.endsWith('.js'))).toBe(true);
    // The page's style sheet is written into its head (rendererBundle.config.ts inlineStylesheet).
    expect(refs.some((r) => r.endsWith('.css'))).toBe(false);
    expect(/<head>[\s\S]*<style>[\s\S]*\.lp-app\{[\s\S]*<\/style>[\s\S]*<\/head>/.test(html)).toBe(
      true,
    );
    for (const ref of refs) expect(statSync(join(dir, ref)).size, ref).toBeGreaterThan(0);
    expect(
      [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].every(
        (m) => /\bsrc=/.test(m[1] as string) && (m[2] as string).trim() === '',
      ),
    ).toBe(true);
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false);
  });
});
