import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

/** spaCy's own v2 training files (tests/fixtures/spacy-json/SOURCES.md, counts taken there with Python). */
const FIXTURES = join(import.meta.dirname, '../fixtures/spacy-json');

describe('loupe import and export of spaCy JSON training files', () => {
  const home = tempDir();

  it('detects spaCy JSON, imports its entities and exports the same JSON', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    copyFileSync(join(FIXTURES, 'training-data.json'), join(source, 'training-data.json'));
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    // 11 entities: a U- tag, or a B- tag to its L- tag.
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'spacy-json', spans: 11 });
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'spacy-json', '--annotator', 'amira', '--out', out, '--json'],
      home,
    );
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({
      documents: 1,
      spans: 11,
      notExpressed: {},
    });
    // Written back to the file it was read from.
    const back: unknown = JSON.parse(readFileSync(join(out, 'training-data.json'), 'utf8'));
    expect(back).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'training-data.json'), 'utf8')));
  });

  it('refuses L- without B- with file, line and JSON path, leaving the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    const real = readFileSync(join(FIXTURES, 'ner-sent-per-line.json'), 'utf8');
    // Token 1 "Sebastian" B-PERSON, token 2 "Thrun" L-PERSON: the B- made O.
    const broken = real.replace('"ner":"B-PERSON"', '"ner":"O"');
    expect(broken).not.toBe(real);
    writeFileSync(join(source, 'ner.json'), broken);
    const before = snapshotFolder(dir);
    const result = runCli(['import', dir, source, '--annotator', 'amira'], home);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /ner\.json:\d+: \[0\]\.paragraphs\[0\]\.sentences\[0\]\.tokens\[2\]\.ner: /,
    );
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
