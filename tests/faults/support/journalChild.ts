/**
 * A child the journal fault checks kill: `node --import tsx journalChild.ts <projectDir> <phase> <edits>` (or its bundle).
 * Adds `edits` spans to `rudaw` (an `ack <id>` line after each is acknowledged), then stops
 * forever at one instant of `phase` and says `paused`, for the parent to SIGKILL it there:
 *   append          — half of the next edit's journal record written and fsynced;
 *   compact-temp    — on close, the new snapshot written and fsynced under its temporary name;
 *   compact-renamed — on close, the snapshot renamed into place, the journal not yet removed.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { createWorkbench } from '../../../src/node';
import { closeJournals } from '../../../src/node/store/layerJournal';

type FsCall = (...args: unknown[]) => Promise<unknown>;
type Fs = { open: FsCall; rename: FsCall; unlink: FsCall };
const fs = createRequire(import.meta.url)('node:fs/promises') as Fs;

function pause(): Promise<never> {
  process.stdout.write('paused\n');
  return new Promise(() => undefined);
}

function stopAt(phase: string): void {
  const { open, rename, unlink } = fs;
  // The journal stays open between appends: the next one opens it again, through the trap.
  if (phase === 'append') void closeJournals();
  if (phase === 'append')
    fs.open = async (...args) => {
      const handle = (await open(...args)) as Record<string, (...a: unknown[]) => Promise<unknown>>;
      if (!String(args[0]).endsWith('.journal.jsonl')) return handle;
      return new Proxy(handle, {
        get(target, key) {
          const value = Reflect.get(target, key) as (...a: unknown[]) => Promise<unknown>;
          if (key !== 'write') return typeof value === 'function' ? value.bind(target) : value;
          return async (buffer: Buffer, offset: number, length: number, position: number) => {
            await value.call(target, buffer, offset, length >> 1, position);
            await target.sync!();
            return pause();
          };
        },
      });
    };
  if (phase === 'compact-temp')
    fs.rename = (from, to) => (String(to).endsWith('rudaw.json') ? pause() : rename(from, to));
  if (phase === 'compact-renamed')
    fs.unlink = (path) => (String(path).endsWith('rudaw.journal.jsonl') ? pause() : unlink(path));
  syncBuiltinESMExports();
}

async function main(): Promise<void> {
  const [dir, phase, count] = process.argv.slice(2) as [string, string, string];
  const workbench = await createWorkbench(dir, { userFolder: process.env.LOUPE_HOME as string });
  for (let i = 0; i < Number(count); i++) {
    const result = await workbench.addSpan({
      documentId: 'rudaw',
      label: 'PERSON',
      fragments: [{ start: i, end: i + 2 }],
    });
    process.stdout.write(`ack ${result.changes[0]?.upserted[0]?.id}\n`);
  }
  stopAt(phase);
  if (phase === 'append')
    await workbench.addSpan({
      documentId: 'rudaw',
      label: 'ORG',
      fragments: [{ start: 40, end: 46 }],
    });
  else await workbench.close();
  process.stdout.write('finished without pausing\n');
}

void main();
