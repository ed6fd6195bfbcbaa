/**
 * Add, delete and undo until seen and saved, in this checkout's app and in another
 * checkout's (`--against <dir>`, its own `loupe serve` and renderer), pages taking turns on
 * one browser so that background load hits both alike; prints each side's medians and every
 * round. With `--bare`, the bench's bare ProseMirror page takes its turn too and each app's
 * medians are also given as a ratio of the bare page's.
 * Usage: `npx tsx scripts/bench/app/editAgainst.ts --against ../base [--size 0] [--rounds 6] [--bare]`.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveProject, type ServedProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { median } from '../measure';
import { measurePage } from './appPages';
import { buildBarePage, writeBareDocument } from './appScenario';
import { serveFolder } from '../staticServer';

type Serve = typeof serveProject;
type Side = 'this' | 'other' | 'bare';

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const against = argument(argv, '--against');
  if (!against) throw new Error('--against <checkout> is required');
  const size = documentSizes(parseBenchOptions(['--quick']))[Number(argument(argv, '--size') ?? 0)];
  const rounds = Number(argument(argv, '--rounds') ?? 6);
  if (!size) throw new Error('no such size');
  const options = parseBenchOptions(['--quick']);
  const other = resolve(against);
  const otherServe = (
    (await import(join(other, 'tests/e2e/support/serveProject.ts'))) as {
      serveProject: Serve;
    }
  ).serveProject;
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-edit-against-'));
  const home = await benchUserFolder(options);
  const servers: Record<'this' | 'other', ServedProject | null> = { this: null, other: null };
  const withBare = argv.includes('--bare');
  const bareDir = withBare ? await buildBarePage() : null;
  const statics = bareDir ? await serveFolder(bareDir) : null;
  const browser = await launchChromium();
  try {
    const urls = (side: Side): string =>
      side === 'bare' ? `${statics?.url}?doc=doc-against.json` : (servers[side]?.url ?? '');
    for (const [side, serve] of [
      ['this', serveProject],
      ['other', otherServe],
    ] as const) {
      const dir = join(scratch, side);
      await cp(generated, dir, { recursive: true });
      if (bareDir && side === 'this') await writeBareDocument(dir, bareDir, 'doc-against.json');
      servers[side] = await serve(dir, home);
    }
    const times: Record<Side, number[][]> = { this: [], other: [], bare: [] };
    const sides: Side[] = withBare ? ['this', 'other', 'bare'] : ['this', 'other'];
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const page = await measurePage(browser, urls(side), side === 'bare' ? 'bare' : 'loupe', 0);
        times[side].push([page.add, page.remove, page.undo]);
      }
      const last = (side: Side): string =>
        (times[side].at(-1) ?? []).map((t) => t.toFixed(0)).join('/');
      console.log(
        `round ${round + 1} add/delete/undo: ${sides.map((s) => `${s} ${last(s)}`).join(', ')}`,
      );
    }
    const column = (side: Side, i: number): number => median(times[side].map((r) => r[i] ?? 0));
    for (const side of sides) {
      const ms = [0, 1, 2].map((i) => column(side, i));
      const ratio = withBare && side !== 'bare' ? ms.map((t, i) => t / column('bare', i)) : [];
      console.log(
        `${side} (${size.name}) median add ${ms[0]?.toFixed(1)} delete ${ms[1]?.toFixed(1)} undo ${ms[2]?.toFixed(1)} ms` +
          (ratio.length
            ? ` = ${ratio.map((r) => `${r.toFixed(2)}×`).join(' / ')} the bare page`
            : ''),
      );
    }
  } finally {
    await browser.close();
    await Promise.all([servers.this?.stop(), servers.other?.stop(), statics?.stop()]);
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
