import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Makes every rename drop its file and every journal append land in a scratch file instead:
 * writes are acknowledged but never land. Only the crash suite's self-check uses it, to prove
 * that the checker notices lost edits.
 */
export function loseWrites(): void {
  const fs = require('node:fs/promises') as {
    rename: (from: string, to: string) => Promise<void>;
    unlink: (path: string) => Promise<void>;
    open: (path: string, flags?: string) => Promise<unknown>;
  };
  const open = fs.open;
  const scratch = join(tmpdir(), `loupe-lost-journal-${process.pid}`);
  fs.rename = (from) => fs.unlink(from);
  fs.open = (path, flags) =>
    String(path).endsWith('.journal.jsonl') ? open(scratch, 'a+') : open(path, flags);
  syncBuiltinESMExports();
}
