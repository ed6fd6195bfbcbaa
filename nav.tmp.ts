import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveProject } from './tests/e2e/support/serveProject';
import { launchBrowser } from './tests/e2e/support/launchBrowser';
import { installProbe } from './scripts/bench/app/pageProbe';

const src = process.argv[2] ?? '/tmp/loupe-bench-data/v3-1x2200-100000c-amira+omar';
const dir = join(await mkdtemp(join(tmpdir(), 'loupe-nav-')), 'p');
await cp(src, dir, { recursive: true });
const server = await serveProject(dir, '/tmp/s6/home');
const browser = await launchBrowser();
for (let round = 0; round < 4; round++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript('window.__name = (f) => f;');
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => (window as any).benchProbe.ready > 0 && (window as any).benchProbe.all > 0, null, { timeout: 60000 });
  const t = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paints = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]));
    const res = performance.getEntriesByType('resource').map((r) => `${r.name.replace(/^.*\//, '').slice(0, 24)} ${Math.round(r.startTime)}-${Math.round((r as PerformanceResourceTiming).responseEnd)}`);
    const p = (window as any).benchProbe;
    return { responseStart: Math.round(n.responseStart), responseEnd: Math.round(n.responseEnd), domInteractive: Math.round(n.domInteractive), dcl: Math.round(n.domContentLoadedEventEnd), ...paints, first: Math.round(p.first), all: Math.round(p.all), ready: Math.round(p.ready), res };
  });
  console.log(JSON.stringify(t));
  await context.close();
}
await browser.close();
await server.stop();
