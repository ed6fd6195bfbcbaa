import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

  it('with --split, writes x.train.spacy, x.dev.spacy and x.test.spacy beside each other, as spaCy train takes them', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const imported = runCli(
      [
        'import',
        dir,
        join(FIXTURES, 'train.spacy'),
        join(FIXTURES, 'dev.spacy'),
        '--annotator',
        'amy',
      ],
      home,
    );
    expect(imported.code, imported.stderr).toBe(0);
    const folder = tempDir();
    const out = join(folder, 'x.spacy');
    const exported = runCli(
      [
        'export',
        dir,
        '--format',
        'spacy',
        '--annotator',
        'amy',
        '--split',
        '60/20/20',
        '--out',
        out,
      ],
      home,
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout + exported.stderr).toContain(
      `as spacy to x.train.spacy, x.dev.spacy, x.test.spacy in ${folder}.`,
    );
    expect(readdirSync(folder).sort()).toEqual(['x.dev.spacy', 'x.test.spacy', 'x.train.spacy']);
    const read = (path: string) =>
      readSpacyDocBin([{ path, content: '', binary: readFileSync(path) }]).documents.length;
    const parts = ['train', 'dev', 'test'].map((part) => read(join(folder, `x.${part}.spacy`)));
    expect(parts.reduce((a, b) => a + b)).toBe(
      read(join(FIXTURES, 'train.spacy')) + read(join(FIXTURES, 'dev.spacy')),
    );
  });
});
