import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';
import { JABBERWOCKY, MILLER } from '../shared/formats/mae/jabberwocky';

describe('loupe import and export of MAE files', () => {
  const home = tempDir();

  it('imports MAE files found by content and exports them back byte for byte', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    writeFileSync(join(source, 'poem.xml'), JABBERWOCKY);
    writeFileSync(join(source, 'miller.xml'), MILLER);
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/\(mae\)/);
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'mae', spans: 16, relations: 3 });
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'mae', '--annotator', 'amira', '--out', out],
      home,
    );
    expect(exported.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['miller.xml', 'poem.xml']);
    expect(readFileSync(join(out, 'poem.xml'), 'utf8')).toBe(JABBERWOCKY);
    expect(readFileSync(join(out, 'miller.xml'), 'utf8')).toBe(MILLER);
  });

  it("imports MedTator's files, document-level tags as document labels, and exports them back byte for byte", () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    const fixtures = join(import.meta.dirname, '../fixtures/mae');
    const names = [
      'medtator_A_doc1.txt.xml',
      'medtator_doclevel_A_doc_01.txt.xml',
      'medtator_doclevel_B_doc_03.txt.xml',
    ];
    for (const name of names) writeFileSync(join(source, name), readFileSync(join(fixtures, name)));
    const imported = runCli(
      ['import', dir, source, '--format', 'mae', '--annotator', 'amira', '--json'],
      home,
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ spans: 12, relations: 3 });
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'mae', '--annotator', 'amira', '--out', out],
      home,
    );
    expect(exported.code).toBe(0);
    // MedTator names a file after the text it annotates (`a.txt.xml`): the names come back too.
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(
        readFileSync(join(fixtures, name), 'utf8'),
      );
  });

  it('refuses offsets counted in code points with file, line and reason, leaving the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    writeFileSync(
      join(source, 'cats.xml'),
      '<Task>\n<TEXT><![CDATA[😀 cats]]></TEXT>\n<TAGS>\n<W id="W0" spans="2~6" text="cats" />\n</TAGS>\n</Task>',
    );
    const before = snapshotFolder(dir);
    const result = runCli(['import', dir, source, '--format', 'mae'], home);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cats\.xml:4: W W0: spans 2~6: text disagrees .*UTF-16/);
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
