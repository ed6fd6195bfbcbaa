import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { installProbe, openDone } from './pageProbe';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per script (and the busiest functions) from a CPU profile. */
function summarize(profile: Profile): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const url = frame.url.replace(/^.*\//, '') || `(${frame.functionName || 'program'})`;
    byUrl.set(url, (byUrl.get(url) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  return ['self time by script:', ...top(byUrl, 12), 'busiest functions:', ...top(byFn, 25)];
}

/**
 * `tsx scripts/bench/app/profileOpen.ts [--size N] [--out FILE]`: opens the running app on one
 * generated document with V8's profiler on from navigation until all highlights are drawn and the app is ready,
 * prints self time per script and the busiest functions, and writes the .cpuprofile (open it
 * in Chrome's DevTools) when asked.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(['--quick', ...argv]);
  const at = argv.indexOf('--size');
  const size = documentSizes({ ...options, scale: 1 })[at >= 0 ? Number(argv[at + 1]) : 0];
  if (!size) throw new Error('no such size');
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-profile-'));
  await cp(generated, join(scratch, 'p'), { recursive: true });
  const server = await serveProject(join(scratch, 'p'), await benchUserFolder(options));
  const browser = await launchChromium();
  try {
    // A first open warms the server (as the bench's later rounds are), the second is profiled.
    const warm = await browser.newContext();
    await (await warm.newPage()).goto(server.url, { waitUntil: 'networkidle', timeout: 600_000 });
    await warm.close();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript('window.__name = (f) => f;');
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(server.url);
    await page.waitForFunction(openDone, null, { polling: 50, timeout: 600_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const probe = await page.evaluate(
      () =>
        (window as unknown as { benchProbe: { first: number; all: number; ready: number } })
          .benchProbe,
    );
    console.log(
      `${size.name}: first ${probe.first.toFixed(0)} ms, all ${probe.all.toFixed(0)} ms, ready for edits ${probe.ready.toFixed(0)} ms`,
    );
    console.log(summarize(profile).join('\n'));
    if (out) await writeFile(out, JSON.stringify(profile));
  } finally {
    await browser.close();
    await server.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
