/**
 * Add, delete and undo until seen and saved, in this checkout's app and in another
 * checkout's (`--against <dir>`, its own `loupe serve` and renderer), pages taking turns on
 * one browser so that background load hits both alike; prints each side's medians and every
 * round. With `--bare`, the bench's bare ProseMirror page takes its turn too and each app's
 * medians are also given as a ratio of the bare page's. Each side's medians of the longest key
 * wait and longest task while the highlights were drawn, and of open → all highlights, follow.
 * Usage: `npx tsx scripts/bench/app/editAgainst.ts --against ../base [--size 0] [--rounds 6] [--bare | --bare-isolated]` (see `bareWanted`).
 */
import { median } from '../measure';
import { argument, bareWanted, openAgainstPages, type Side } from './againstPages';
import { measurePage } from './appPages';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const rounds = Number(argument(argv, '--rounds') ?? 6);
  const withBare = bareWanted(argv);
  const { size, browser, sides, url, close } = await openAgainstPages(argv, 'against', withBare);
  try {
    const times: Record<Side, number[][]> = { this: [], other: [], bare: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const page = await measurePage(browser, url(side), side === 'bare' ? 'bare' : 'loupe', 0);
        times[side].push([page.add, page.remove, page.undo, page.keyWait, page.longTask, page.all]);
      }
      const last = (side: Side): string =>
        (times[side].at(-1) ?? [])
          .slice(0, 3)
          .map((t) => t.toFixed(0))
          .join('/');
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
            : '') +
          `; key wait while drawing ${column(side, 3).toFixed(0)} ms, longest task ${column(side, 4).toFixed(0)} ms, open → all highlights ${column(side, 5).toFixed(0)} ms`,
      );
    }
  } finally {
    await close();
  }
}

await main();
