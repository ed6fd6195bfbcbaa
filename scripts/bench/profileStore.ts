/**
 * Where an acknowledged edit's time goes in the store: a copy of a generated document's
 * project (10 MB / 220k spans unless `--size N` picks another of documentSizes), the first
 * edit after opening it timed alone, then `--rounds` adds and deletes of one span through the
 * workbench as the store scenario does them (the first one second after the open answered), under a CPU profile. Writes the profile to
 * `--out` (default out/profile-store/edits.cpuprofile) and prints medians and the heaviest
 * frames. Usage: `npx tsx scripts/bench/profileStore.ts [--size 3] [--rounds 200] [--out DIR]`.
 */
import { Session } from 'node:inspector/promises';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { createWorkbench, type Workbench } from '../../src/node';
import { parseBenchOptions } from './benchOptions';
import { benchUserFolder, documentProject, documentSizes } from './benchProjects';
import { inclusiveFrames, topFrames, type Profile } from './cpuProfileFrames';
import { median, timeOnce } from './measure';

function argument(argv: readonly string[], name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? (argv[at + 1] ?? fallback) : fallback;
}

/** One acknowledged add and the delete of the same span; their times in ms. */
async function addThenDelete(workbench: Workbench, documentId: string): Promise<[number, number]> {
  let spanId = '';
  const add = await timeOnce(async () => {
    const result = await workbench.addSpan({
      documentId,
      label: 'PERSON',
      fragments: [{ start: 10, end: 20 }],
    });
    spanId = result.changes[0]?.upserted[0]?.id ?? '';
  });
  const remove = await timeOnce(() => workbench.deleteSpan({ documentId, spanId }));
  return [add, remove];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(argv.filter((a) => a !== '--size' && a !== '--rounds'));
  const sizes = documentSizes(options);
  const size = sizes[Number(argument(argv, 'size', String(sizes.length - 1)))];
  if (!size) throw new Error(`--size must be 0..${sizes.length - 1}`);
  const rounds = Number(argument(argv, 'rounds', '200'));
  const out = resolve(argument(argv, 'out', 'out/profile-store'));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const source = await documentProject(options, size, log);
  const work = await mkdtemp(join(tmpdir(), 'loupe-profile-store-'));
  const dir = join(work, 'project');
  await cp(source, dir, { recursive: true }); // the cached project stays as generated
  const workbench = await createWorkbench(dir, { userFolder: await benchUserFolder(options) });
  const session = new Session();
  try {
    const [first] = await workbench.listDocuments({});
    if (!first) throw new Error('the generated project has no documents');
    const open = await timeOnce(() => workbench.openDocument({ documentId: first.id }));
    await delay(1000); // a user reads before the first edit
    const [firstAdd, firstDelete] = await addThenDelete(workbench, first.id);
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const adds: number[] = [];
    const deletes: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const [add, remove] = await addThenDelete(workbench, first.id);
      adds.push(add);
      deletes.push(remove);
    }
    const { profile } = await session.post('Profiler.stop');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'edits.cpuprofile'), JSON.stringify(profile));
    console.log(
      `${size.name}: open ${open.toFixed(0)} ms; first add 1 s after open ${firstAdd.toFixed(1)} ms, delete ${firstDelete.toFixed(1)} ms`,
    );
    console.log(
      `median of ${rounds}: add ${median(adds).toFixed(2)} ms, delete ${median(deletes).toFixed(2)} ms`,
    );
    console.log(`profile: ${join(out, 'edits.cpuprofile')}\n\nself time (ms):`);
    for (const [name, ms] of topFrames(profile as Profile).slice(0, 20))
      console.log(`${ms.toFixed(1).padStart(9)}  ${name}`);
    console.log('\nincluding callees (ms):');
    for (const [name, ms] of inclusiveFrames(profile as Profile).slice(0, 30))
      console.log(`${ms.toFixed(1).padStart(9)}  ${name}`);
  } finally {
    session.disconnect();
    await workbench.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
