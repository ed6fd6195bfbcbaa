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

  it('imports BioC JSON (everything.json) with the spans and relations of the same collection as XML, and exports it back as JSON', () => {
    const imported = (name: string) => {
      const dir = join(tempDir(), 'p');
      expect(runCli(['init', dir], home).code).toBe(0);
      const source = tempDir();
      copyFileSync(join(FIXTURES, name), join(source, name));
      const result = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ format: 'bioc', spans: 5 });
      const out = join(tempDir(), 'out');
      const spans = runCli(
        ['export', dir, '--format', 'spans-jsonl', '--annotator', 'amira', '--out', out],
        home,
      );
      expect(spans.code).toBe(0);
      const files = readdirSync(out);
      return { dir, spans: files.map((f) => readFileSync(join(out, f), 'utf8')).join('') };
    };
    const json = imported('everything.json');
    const xml = imported('everything.xml');
    expect(json.spans).toBe(xml.spans);
    // Known answers: the annotation texts everything.json gives (document 1: bc, fg, fg; 2: bc, 测试).
    const covered = json.spans
      .trim()
      .split('\n')
      .flatMap((line) => {
        const { text, spans } = JSON.parse(line);
        return spans.map((s: { start: number; end: number }) =>
          Array.from(text).slice(s.start, s.end).join(''),
        );
      });
    expect(covered.sort()).toEqual(['bc', 'bc', 'fg', 'fg', '测试']);
    // Document 1's two relations of annotations 1 and 2 (R1, R2), typed by their infon.
    expect(json.spans.match(/relation-infon-value/g)).toHaveLength(2);
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', json.dir, '--format', 'bioc', '--annotator', 'amira', '--out', out, '--json'],
      home,
    );
    expect(exported.code).toBe(0);
    expect(readdirSync(out)).toEqual(['everything.json']);
    expect(readFileSync(join(out, 'everything.json'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'everything.json'), 'utf8'),
    );
  });

  it("imports a list of collections (the PMC BioC API's answer) and exports each collection back in the list", () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    // everything.json twice, the second collection's source and document ids changed.
    const first = JSON.parse(readFileSync(join(FIXTURES, 'everything.json'), 'utf8'));
    const second = JSON.parse(readFileSync(join(FIXTURES, 'everything.json'), 'utf8'));
    second.source = 'second';
    for (const doc of second.documents) doc.id = `${doc.id}b`;
    const content = JSON.stringify([first, second], null, 2);
    writeFileSync(join(source, 'answer.json'), content);
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'bioc', spans: 10 });
    const out = join(tempDir(), 'out');
    const args = ['export', dir, '--format', 'bioc', '--annotator', 'amira', '--out', out];
    expect(runCli([...args, '--json'], home).code).toBe(0);
    expect(readdirSync(out)).toEqual(['answer.json']);
    expect(readFileSync(join(out, 'answer.json'), 'utf8')).toBe(content);
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
