import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

describe('loupe import --annotator with a name Loupe refuses', () => {
  it('says why the name is refused (a final dot or space), and imports nothing', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const sources = tempDir('loupe-sources-');
    writeFileSync(join(sources, 'a.txt'), 'Iraq asked.');
    const before = snapshotFolder(dir);
    for (const name of ['bob.', 'bob ']) {
      const refused = runCli(['import', dir, sources, '--annotator', name], home);
      expect(refused.code, name).toBe(2);
      expect(refused.stderr, name).toMatch(/may not end with a dot or space/);
    }
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
