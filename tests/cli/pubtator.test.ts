import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

/** Real BC5CDR, NCBI disease and BioRED documents (tests/fixtures/pubtator/SOURCES.md, counts taken there with awk). */
const FIXTURES = join(import.meta.dirname, '../fixtures/pubtator');

describe('loupe import and export of PubTator files', () => {
  const home = tempDir();

  it('imports a PubTator .txt as PubTator, not as plain text, and exports it byte for byte', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    copyFileSync(
      join(FIXTURES, 'CDR_sample.PubTator.txt'),
      join(source, 'CDR_sample.PubTator.txt'),
    );
    copyFileSync(join(FIXTURES, 'BioRED_sample.PubTator'), join(source, 'BioRED_sample.PubTator'));
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    // CDR: 20 + 6 + 18 mentions; BioRED: 37.
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'pubtator', spans: 81 });
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'pubtator', '--annotator', 'amira', '--out', out, '--json'],
      home,
    );
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({
      format: 'pubtator',
      documents: 4,
      spans: 81,
      notExpressed: {},
    });
    expect(readdirSync(out).sort()).toEqual(['BioRED_sample.PubTator', 'CDR_sample.PubTator.txt']);
    for (const name of readdirSync(out))
      expect(readFileSync(join(out, name))).toEqual(readFileSync(join(FIXTURES, name)));
  });

  it('refuses a mention that is not the text at its offsets with file, line and both texts, leaving the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    const real = readFileSync(join(FIXTURES, 'NCBI_sample_corpus.txt'), 'utf8');
    // Line 4: 8808605  154  171  enzyme deficiency  DiseaseClass   D008661
    writeFileSync(join(source, 'ncbi.txt'), real.replace('8808605\t154\t171', '8808605\t155\t172'));
    const before = snapshotFolder(dir);
    const result = runCli(['import', dir, source, '--annotator', 'amira'], home);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /ncbi\.txt:4: mention "enzyme deficiency" differs from the text at 155–172, which reads "nzyme deficiency\."/,
    );
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
