/**
 * Add, delete and undo until seen and saved, in this checkout's app and in another
 * checkout's (`--against <dir>`, its own `loupe serve` and renderer), pages taking turns on
 * one browser so that background load hits both alike; prints each side's medians and every
 * round. Usage: `npx tsx scripts/bench/app/editAgainst.ts --against ../base [--size 0] [--rounds 6]`.
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

type Serve = typeof serveProject;

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
  const browser = await launchChromium();
  try {
    for (const [side, serve] of [
      ['this', serveProject],
      ['other', otherServe],
    ] as const) {
      const dir = join(scratch, side);
      await cp(generated, dir, { recursive: true });
      servers[side] = await serve(dir, home);
    }
    const times = { this: [] as number[][], other: [] as number[][] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['this', 'other'] as const) : (['other', 'this'] as const);
      for (const side of order) {
        const url = servers[side]?.url ?? '';
        const page = await measurePage(browser, url, 'loupe', 0);
        times[side].push([page.add, page.remove, page.undo]);
      }
      const last = (side: 'this' | 'other'): string =>
        (times[side].at(-1) ?? []).map((t) => t.toFixed(0)).join('/');
      console.log(
        `round ${round + 1} add/delete/undo: this ${last('this')}, other ${last('other')}`,
      );
    }
    for (const side of ['this', 'other'] as const) {
      const column = (i: number) => median(times[side].map((r) => r[i] ?? 0)).toFixed(1);
      console.log(
        `${side} (${size.name}) median add ${column(0)} delete ${column(1)} undo ${column(2)} ms`,
      );
    }
  } finally {
    await browser.close();
    await Promise.all([servers.this?.stop(), servers.other?.stop()]);
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
