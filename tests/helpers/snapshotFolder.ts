import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` with a hash of its bytes: equal snapshots mean a byte-identical folder. */
export function snapshotFolder(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    snapshot[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return snapshot;
}
