/**
 * An acknowledged add and delete through the workbench, this checkout's store beside another
 * checkout's (`--against <dir>`), in one process, taking turns edit by edit so that load hits
 * both alike. Usage: `npx tsx scripts/bench/storeAgainst.ts --against ../base [--size 0] [--edits 300]`.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createWorkbench, type Workbench } from '../../src/node';
import { parseBenchOptions } from './benchOptions';
import { benchUserFolder, documentProject, documentSizes } from './benchProjects';
import { median, timeOnce } from './measure';

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
}

interface Side {
  readonly name: string;
  readonly workbench: Workbench;
  readonly documentId: string;
  readonly add: number[];
  readonly remove: number[];
}

async function openSide(name: string, create: typeof createWorkbench, dir: string, home: string) {
  const workbench = await create(dir, { userFolder: home });
  const [first] = await workbench.listDocuments({});
  if (!first) throw new Error('no documents');
  await workbench.openDocument({ documentId: first.id });
  return { name, workbench, documentId: first.id, add: [], remove: [] } satisfies Side;
}

async function addThenDelete(side: Side): Promise<void> {
  let spanId = '';
  side.add.push(
    await timeOnce(async () => {
      const result = await side.workbench.addSpan({
        documentId: side.documentId,
        label: 'PERSON',
        fragments: [{ start: 10, end: 20 }],
      });
      spanId = result.changes[0]?.upserted[0]?.id ?? '';
    }),
  );
  side.remove.push(
    await timeOnce(() => side.workbench.deleteSpan({ documentId: side.documentId, spanId })),
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const against = argument(argv, '--against');
  if (!against) throw new Error('--against <checkout> is required');
  const options = parseBenchOptions(['--quick']);
  const size = documentSizes(options)[Number(argument(argv, '--size') ?? 0)];
  if (!size) throw new Error('no such size');
  const edits = Number(argument(argv, '--edits') ?? 300);
  const other = (await import(join(resolve(against), 'src/node/index.ts'))) as {
    createWorkbench: typeof createWorkbench;
  };
  const generated = await documentProject(options, size, console.log);
  const scratch = await mkdtemp(join(tmpdir(), 'loupe-store-against-'));
  const home = await benchUserFolder(options);
  const sides: Side[] = [];
  try {
    for (const [name, create] of [
      ['this', createWorkbench],
      ['other', other.createWorkbench],
    ] as const) {
      await cp(generated, join(scratch, name), { recursive: true });
      sides.push(await openSide(name, create, join(scratch, name), home));
    }
    for (let i = 0; i < edits; i++)
      for (const side of i % 2 === 0 ? sides : [...sides].reverse()) await addThenDelete(side);
    for (const side of sides)
      console.log(
        `${side.name} (${size.name}, ${edits} edits): add ${median(side.add).toFixed(2)} ms, delete ${median(side.remove).toFixed(2)} ms (medians)`,
      );
  } finally {
    for (const side of sides) await side.workbench.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
