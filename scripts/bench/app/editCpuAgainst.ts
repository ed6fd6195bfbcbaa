/**
 * Main-thread CPU of add, delete and undo (thread time from a trace, robust where wall time is
 * not), in this checkout's app, another checkout's (`--against <dir>`) and the bench's bare
 * ProseMirror page, pages taking turns on one browser: per edit, the key's task, everything
 * from the key to the painted frame in which the change is seen saved (and that without the
 * key's handler, which waits for the host: the drawing), what the page did before the first
 * frame after the key (without that handler) and what ran in the 300 ms after. Usage:
 * `npx tsx scripts/bench/app/editCpuAgainst.ts --against ../base [--size 0] [--rounds 4]`.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveProject, type ServedProject } from '../../../tests/e2e/support/serveProject';
import { parseBenchOptions } from '../benchOptions';
import { benchUserFolder, documentProject, documentSizes } from '../benchProjects';
import { launchChromium } from '../browser';
import { median } from '../measure';
import { serveFolder } from '../staticServer';
import { editCycle } from './appPages';
import { buildBarePage, writeBareDocument } from './appScenario';
import { editCpu, type EditCpu, type TraceEvent } from './editTraceCpu';
import { withOpenedPage } from './openedPage';

type Serve = typeof serveProject;
type Side = 'this' | 'other' | 'bare';
const EDITS = ['add', 'delete', 'undo'] as const;
/** Traced cycles per page, after one untraced warm-up cycle. */
const CYCLES = 3;
/** Keydowns per cycle: 1, Delete, Control and z; the edits are made by the 1st, 2nd and 4th. */
const EDIT_KEYS = [0, 1, 3];

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
}

/** One page: a warm-up cycle, then {@link CYCLES} traced ones; each edit's CPU. */
async function tracedPage(
  browser: Browser,
  url: string,
  kind: 'loupe' | 'bare',
): Promise<EditCpu[]> {
  return withOpenedPage(browser, url, async (page) => {
    const warm = { add: [] as number[], remove: [] as number[], undo: [] as number[] };
    await editCycle(page, kind, 100, warm);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
    });
    const times = { add: [] as number[], remove: [] as number[], undo: [] as number[] };
    for (let cycle = 0; cycle < CYCLES; cycle++) await editCycle(page, kind, cycle, times);
    const buffer = await browser.stopTracing();
    const parsed = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const keys: number[] = [];
    const seen: number[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      keys.push(...EDIT_KEYS.map((k) => cycle * 4 + k));
      seen.push(times.add[cycle] ?? 0, times.remove[cycle] ?? 0, times.undo[cycle] ?? 0);
    }
    return editCpu(events, keys, seen);
  });
}

function describe(rows: readonly EditCpu[], edit: number): string {
  const of = rows.filter((_, i) => i % 3 === edit);
  const m = (pick: (r: EditCpu) => number): string => median(of.map(pick)).toFixed(1);
  return `${EDITS[edit]} key task ${m((r) => r.keyTask)}, until seen ${m((r) => r.untilSeen)} (drawing ${m((r) => r.drawing)}), to the first frame ${m((r) => r.toFirstFrame)}, after ${m((r) => r.after)}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const against = argument(argv, '--against');
  if (!against) throw new Error('--against <checkout> is required');
  const options = parseBenchOptions(['--quick']);
  const size = documentSizes(options)[Number(argument(argv, '--size') ?? 0)];
  const rounds = Number(argument(argv, '--rounds') ?? 4);
  if (!size) throw new Error('no such size');
  const other = resolve(against);
  const otherServe = (
    (await import(join(other, 'tests/e2e/support/serveProject.ts'))) as { serveProject: Serve }
  ).serveProject;
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-edit-cpu-'));
  const home = await benchUserFolder(options);
  const servers: Record<'this' | 'other', ServedProject | null> = { this: null, other: null };
  const bareDir = await buildBarePage();
  const statics = await serveFolder(bareDir);
  const browser = await launchChromium();
  try {
    for (const [side, serve] of [
      ['this', serveProject],
      ['other', otherServe],
    ] as const) {
      const dir = join(scratch, side);
      await cp(generated, dir, { recursive: true });
      if (side === 'this') await writeBareDocument(dir, bareDir, 'doc-cpu.json');
      servers[side] = await serve(dir, home);
    }
    const url = (side: Side): string =>
      side === 'bare' ? `${statics.url}?doc=doc-cpu.json` : (servers[side]?.url ?? '');
    const rows: Record<Side, EditCpu[]> = { this: [], other: [], bare: [] };
    const sides: Side[] = ['this', 'other', 'bare'];
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse())
        rows[side].push(
          ...(await tracedPage(browser, url(side), side === 'bare' ? 'bare' : 'loupe')),
        );
      console.log(`round ${round + 1} of ${rounds} done`);
    }
    console.log(`${size.name}: main-thread CPU per edit, ms of thread time (medians)`);
    for (const side of sides)
      for (const edit of [0, 1, 2]) console.log(`${side.padEnd(5)} ${describe(rows[side], edit)}`);
  } finally {
    await browser.close();
    await Promise.all([servers.this?.stop(), servers.other?.stop(), statics.stop()]);
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
