import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

/** Real BioC files (tests/fixtures/bioc/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../fixtures/bioc');

describe('loupe import and export of BioC files', () => {
  const home = tempDir();

  it('finds BioC XML in a folder, imports it and exports it back as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    copyFileSync(join(FIXTURES, 'everything.xml'), join(source, 'everything.xml'));
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    // everything.xml: annotations 1, 2, 5 (document 1) and 3, 4 (document 2).
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'bioc', spans: 5 });
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'bioc', '--annotator', 'amira', '--out', out, '--json'],
      home,
    );
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ format: 'bioc', documents: 2, spans: 5 });
    expect(readdirSync(out)).toEqual(['everything.xml']);
    expect(readFileSync(join(out, 'everything.xml'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'everything.xml'), 'utf8'),
    );
  });

  it('refuses overlapping passages with file, line and reason, leaving the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    const real = readFileSync(join(FIXTURES, 'CDR_sample.BioC.xml'), 'utf8');
    // Document 26094's abstract (line 21) moved into its title.
    writeFileSync(
      join(source, 'cdr.xml'),
      real.replace('<offset>54</offset>', '<offset>40</offset>'),
    );
    const before = snapshotFolder(dir);
    const result = runCli(['import', dir, source, '--annotator', 'amira'], home);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /cdr\.xml:19: passage at offset 40 overlaps the one at 0 \(line 8\)/,
    );
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
