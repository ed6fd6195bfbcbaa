import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

/** INCEpTION's own XMI files (tests/fixtures/xmi/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../fixtures/xmi');

describe('loupe import and export of UIMA CAS XMI', () => {
  const home = tempDir();

  it('finds .xmi files in a folder, imports their spans and relations, and writes them back as they came', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    for (const name of ['relation_test.xmi', 'stackedrel1.xmi'])
      copyFileSync(join(FIXTURES, name), join(source, name));
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    // relation_test: 4 spans, 1 relation; stackedrel1: 4 spans, 2 relations (counted in the files)
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'xmi', spans: 8, relations: 3 });
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'xmi', '--annotator', 'amira', '--out', out, '--json'],
      home,
    );
    expect(exported.code).toBe(0);
    for (const name of ['relation_test.xmi', 'stackedrel1.xmi'])
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(
        readFileSync(join(FIXTURES, name), 'utf8'),
      );
  });

  it('refuses a file of zero-length annotations only, saying why, and leaves the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const before = snapshotFolder(dir);
    const result = runCli(
      [
        'import',
        dir,
        join(FIXTURES, 'testZeroLengthSpansWithFeatureValues.xmi'),
        '--annotator',
        'a',
      ],
      home,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/testZeroLengthSpansWithFeatureValues\.xmi.*none Loupe can read/);
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
