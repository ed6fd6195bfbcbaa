import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'conllu');

/** A new project. */
function project(home: string): string {
  const dir = join(tempDir(), 'p');
  expect(runCli(['init', dir], home).code).toBe(0);
  return dir;
}

describe('loupe import of CoNLL-U files with names in MISC', () => {
  const home = tempDir();

  it('imports the names of NER=B-per entries (UD Slovenian’s key), never 0 spans', () => {
    const dir = project(home);
    const file = join(tempDir(), 'ssj.conllu');
    copyFileSync(join(FIXTURES, 'ssj-layout-ner.conllu'), file);
    const imported = runCli(['import', dir, file, '--annotator', 'gold', '--json'], home);
    expect(imported.code, imported.stderr).toBe(0);
    // Marko Kos, Mestno knjižnico Kranj, Ljubljani: counted by hand.
    expect(JSON.parse(imported.stdout)).toMatchObject({ spans: 3 });
  });

  it('refuses a MISC key holding name tags beside other values with exit 1, the project untouched', () => {
    const dir = project(home);
    const file = join(tempDir(), 'ssj.conllu');
    const ssj = readFileSync(join(FIXTURES, 'ssj-layout-ner.conllu'), 'utf8');
    writeFileSync(file, ssj.replace('NER=B-loc', 'NER=Ljubljana'));
    const before = snapshotFolder(dir);
    const refused = runCli(['import', dir, file, '--annotator', 'gold'], home);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ssj\.conllu:16: MISC entry "NER=Ljubljana" is no name tag/);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('exports the documents of a file in its order (# newdoc id = b, then a), not by name', () => {
    const dir = project(home);
    const file = join(tempDir(), 'two.conllu');
    const word = (w: string, tag: string) => `1\t${w}\t_\t_\t_\t_\t0\troot\t_\tname=${tag}`;
    const content = [
      '# newdoc id = b',
      '# sent_id = b-1',
      word('Zagreb', 'B-GPE'),
      '',
      '# newdoc id = a',
      '# sent_id = a-1',
      word('Ana', 'B-PER'),
      '',
      '# newdoc id = c',
      '# sent_id = c-1',
      word('today', 'O'),
      '',
    ].join('\n');
    writeFileSync(file, content);
    const imported = runCli(['import', dir, file, '--annotator', 'gold'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const out = join(tempDir(), 'out.conllu');
    const exported = runCli(['export', dir, '--format', 'conll', '--gold', '--out', out], home);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(content);
  });
});
