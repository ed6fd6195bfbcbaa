/**
 * How fast an edit can be "seen and saved" at all in this browser on this machine: the bench's
 * bare ProseMirror page as it is (seen only), the same page with the least a durable save adds
 * (`durablePage`: each change sent over a WebSocket to a server that appends it to a file,
 * `fdatasync`s and answers; seen and saved), in two forms (the answer read by the page's own
 * socket as a task, or handed over in the frame by Loupe's edit socket), and Loupe, taking
 * turns on one browser round by round. Prints each page's medians of add, delete and undo and
 * their ratios to the bare page: the durable page's ratio is what any page that shows "Saved"
 * only once the edit is on disk pays here.
 * Usage: `npx tsx scripts/bench/app/durableFloor.ts [--size 0] [--rounds 8]`.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from '../measure';
import { serveFolder } from '../staticServer';
import { ISOLATION_HEADERS } from './againstPages';
import { measurePage } from './appPages';
import { buildDurablePage, durablePageUrl } from './appScenario';
import { startSaveServer } from './durableSaves';
import { argOf, openToolPages } from './toolPages';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const rounds = Number(argOf(argv, '--rounds') ?? 8);
  const { size, pages, browser, close } = await openToolPages([...argv, '--bare'], 'floor');
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-floor-'));
  const saves = await startSaveServer(scratch);
  const outDir = await buildDurablePage();
  await copyFile(resolve(outDir, '../bench-bare/doc-floor.json'), join(outDir, 'doc-floor.json'));
  // Isolated as Loupe's page is, so that the worker can share the answer slot with it.
  const statics = await serveFolder(outDir, ISOLATION_HEADERS);
  const durable = durablePageUrl(statics, 'doc-floor.json', saves.url);
  const sides = [
    ...pages,
    ['durable, answer as a task', durable.replace('via=slot', 'via=page')],
    ['durable, answer in the frame', durable],
  ] as const;
  try {
    const times = new Map<string, number[][]>(sides.map(([name]) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      const line: string[] = [];
      for (const [name, url] of order) {
        const page = await measurePage(browser, url, name === 'Loupe' ? 'loupe' : 'bare', 0);
        times.get(name)?.push([page.add, page.remove, page.undo]);
        line.push(
          `${name} ${[page.add, page.remove, page.undo].map((t) => t.toFixed(0)).join('/')}`,
        );
      }
      console.log(`round ${round + 1} add/delete/undo: ${line.join(', ')}`);
    }
    const medians = (name: string): number[] =>
      [0, 1, 2].map((i) => median((times.get(name) ?? []).map((r) => r[i] ?? 0)));
    const bare = medians('bare ProseMirror');
    for (const [name] of sides) {
      const ms = medians(name);
      console.log(
        `${name} (${size.name}) median add ${ms.map((t) => t.toFixed(1)).join(' / ')} ms = ` +
          `${ms.map((t, i) => `${(t / (bare[i] ?? 1)).toFixed(2)}×`).join(' / ')} the bare page`,
      );
    }
  } finally {
    await saves.stop();
    await statics.stop();
    await close();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
