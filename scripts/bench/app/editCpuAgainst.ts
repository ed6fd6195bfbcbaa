/**
 * Main-thread CPU of add, delete and undo (thread time from a trace, robust where wall time is
 * not), in this checkout's app, another checkout's (`--against <dir>`) and the bench's bare
 * ProseMirror page, pages taking turns on one browser: per edit, the key's task, everything
 * from the key to the painted frame in which the change is seen saved (and that without the
 * key's handler, which waits for the host: the drawing), what the page did before the first
 * frame after the key (without that handler) and what ran in the 300 ms after, and the time
 * until seen by kind of work (script, style, layout, paint, gc, other). Usage:
 * `npx tsx scripts/bench/app/editCpuAgainst.ts --against ../base [--size 0] [--rounds 4]`.
 */
import type { Browser } from 'playwright-core';
import { median } from '../measure';
import { argument, openAgainstPages, type Side } from './againstPages';
import { editCycle } from './appPages';
import { editCpu, type EditCpu, type TraceEvent } from './editTraceCpu';
import { withOpenedPage } from './openedPage';

const EDITS = ['add', 'delete', 'undo'] as const;
/** Traced cycles per page, after one untraced warm-up cycle. */
const CYCLES = 3;
/** Keydowns per cycle: 1, Delete, Control and z; the edits are made by the 1st, 2nd and 4th. */
const EDIT_KEYS = [0, 1, 3];

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
  const names = [...new Set(of.flatMap((r) => Object.keys(r.parts)))].sort();
  const parts = names.map((n) => `${n} ${m((r) => r.parts[n] ?? 0)}`).join(', ');
  return `${EDITS[edit]} key task ${m((r) => r.keyTask)}, until seen ${m((r) => r.untilSeen)} (drawing ${m((r) => r.drawing)}), to the first frame ${m((r) => r.toFirstFrame)}, after ${m((r) => r.after)}\n      until seen by part: ${parts}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const rounds = Number(argument(argv, '--rounds') ?? 4);
  const { size, browser, sides, url, close } = await openAgainstPages(argv, 'edit-cpu', true);
  try {
    const rows: Record<Side, EditCpu[]> = { this: [], other: [], bare: [] };
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
    await close();
  }
}

await main();
