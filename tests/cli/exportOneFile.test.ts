import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpacyDocBin } from '../../src/shared/formats';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

/** spaCy's own train.spacy and dev.spacy (tests/fixtures/spacy-docbin/make_pair.py). */
const FIXTURES = join(import.meta.dirname, '../fixtures/spacy-docbin');

describe('loupe export --out NAME.ext', () => {
  const home = tempDir();

  it('writes one x.spacy of every document when they came from train.spacy and dev.spacy', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = join(tempDir(), 'corpus');
    mkdirSync(source);
    for (const name of ['train.spacy', 'dev.spacy'])
      copyFileSync(join(FIXTURES, name), join(source, name));
    const imported = runCli(['import', dir, source, '--annotator', 'amy'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const out = join(tempDir(), 'x.spacy');
    const exported = runCli(
      ['export', dir, '--format', 'spacy', '--annotator', 'amy', '--out', out],
      home,
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout + exported.stderr).toContain(`as spacy to ${out}.`);
    expect(statSync(out).isFile()).toBe(true);
    const read = (path: string) =>
      readSpacyDocBin([{ path, content: '', binary: readFileSync(path) }]).documents.length;
    expect(read(out)).toBe(read(join(source, 'train.spacy')) + read(join(source, 'dev.spacy')));
  });
});
