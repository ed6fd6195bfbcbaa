import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { launchChromium } from '../browser';
import { median } from '../measure';

const root = resolve(import.meta.dirname, '../../..');

/** Starts a command, resolves with the first http://127.0.0.1 URL it prints and a stop function. */
function startPrinting(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(out)?.[0];
      if (!url) return;
      child.removeAllListeners('exit');
      done({ url, stop: () => void child.kill('SIGTERM') });
    });
  });
}

/** Milliseconds from spawning the server to a painted page showing `selector`. */
async function coldStart(
  browser: Browser,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  selector: string,
): Promise<number> {
  const start = performance.now();
  const server = await startPrinting(args, env);
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.locator(selector).first().waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    return performance.now() - start;
  } finally {
    await page.close();
    server.stop();
  }
}

async function bundleSize(dir: string): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const name of await readdir(join(dir, 'assets'))) {
    if (!/\.(js|css)$/.test(name)) continue;
    const path = join(dir, 'assets', name);
    raw += (await stat(path)).size;
    gzip += gzipSync(await readFile(path)).length;
  }
  return { raw: raw / 1024, gzip: gzip / 1024 };
}

/**
 * The JS and CSS the page itself loads (its script, module preloads and style sheets); without
 * `preloads`, what the first paint waits on (the app's modulepreloaded chunks run after it).
 */
async function firstFrameSize(
  dir: string,
  preloads = true,
): Promise<{ raw: number; gzip: number }> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script|link)([^>]*?)(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g),
  ]
    .filter((m) => preloads || !/modulepreload/.test(m[1] ?? ''))
    .map((m) => m[2] as string);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = await readFile(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw: raw / 1024, gzip: gzip / 1024 };
}

const STATIC_SERVER = `import { serveFolder } from './scripts/bench/staticServer.ts'; serveFolder(process.argv[1]).then((s) => console.log(s.url));`;

/** Scenario 6: renderer bundle size, and `loupe serve` from spawn to the painted document list, against a static server of the same bundle. */
export async function startupScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const outDir = resolve(root, 'out/bench-renderer');
  log('startup: building the renderer');
  await build({
    configFile: resolve(root, 'vite.renderer.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const size = await bundleSize(outDir);
  const first = await firstFrameSize(outDir);
  const paint = await firstFrameSize(outDir, false);
  const home = await mkdtemp(join(tmpdir(), 'loupe-bench-home-'));
  const browser = await launchChromium();
  const loupe: number[] = [];
  const bare: number[] = [];
  try {
    const serve = ['--import', 'tsx', 'src/cli/index.ts', 'serve'];
    const env = { LOUPE_HOME: home };
    await coldStart(browser, serve, env, '.lp-doclist li');
    for (let i = 0; i < Math.min(options.runs, 3); i++) {
      loupe.push(await coldStart(browser, serve, env, '.lp-doclist li'));
      bare.push(
        await coldStart(
          browser,
          ['--import', 'tsx', '--input-type=module', '-e', STATIC_SERVER, outDir],
          env,
          'body',
        ),
      );
    }
  } finally {
    await browser.close();
    await rm(home, { recursive: true, force: true });
  }
  const base = { scenario: 'startup', size: 'seeds demo project', target: '', runs: loupe.length };
  return [
    row({
      ...base,
      metric: 'renderer bundle, JS + CSS (gzip)',
      unit: 'KB',
      loupe: size.gzip,
      baseline: null,
      note: `${size.raw.toFixed(0)} KB uncompressed`,
    }),
    row({
      ...base,
      metric: 'renderer JS + CSS the page loads at open (gzip; the rest loads when a view opens)',
      unit: 'KB',
      loupe: first.gzip,
      baseline: null,
      note: `${first.raw.toFixed(0)} KB uncompressed`,
    }),
    row({
      ...base,
      metric:
        'renderer JS + CSS the first paint runs (gzip; the app is modulepreloaded and runs after it)',
      unit: 'KB',
      loupe: paint.gzip,
      baseline: null,
      note: `${paint.raw.toFixed(0)} KB uncompressed`,
    }),
    row({
      ...base,
      metric: 'loupe serve cold start to painted document list',
      unit: 'ms',
      loupe: median(loupe),
      baseline: median(bare),
      note: 'baseline: a Node static server of the same bundle, to its first painted page (Chromium already running)',
    }),
  ];
}
