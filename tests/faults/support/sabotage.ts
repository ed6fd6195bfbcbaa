import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Makes every rename drop its file instead: writes are acknowledged but never land. Only the
 * crash suite's self-check uses it, to prove that the checker notices lost edits.
 */
export function loseWrites(): void {
  const fs = require('node:fs/promises') as {
    rename: (from: string, to: string) => Promise<void>;
    unlink: (path: string) => Promise<void>;
  };
  fs.rename = (from) => fs.unlink(from);
  syncBuiltinESMExports();
}
