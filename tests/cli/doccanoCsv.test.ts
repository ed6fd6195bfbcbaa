import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

/** doccano's own files (tests/fixtures/real/SOURCES.md). */
const REAL = join(import.meta.dirname, '..', 'fixtures', 'real', 'doccano');

/** Imports `source` into a new project with `options`, exports it as doccano; the import's output and the folder written. */
function roundTrip(source: string, options: string[] = []): { said: string; out: string } {
  const home = tempDir();
  const dir = join(tempDir(), 'project');
  expect(runCli(['init', dir], home).code).toBe(0);
  const imported = runCli(['import', dir, source, '--annotator', 'amy', ...options], home);
  expect(imported.code, imported.stderr).toBe(0);
  const out = tempDir();
  const exported = runCli(
    ['export', dir, '--format', 'doccano', '--annotator', 'amy', '--out', out],
    home,
  );
  expect(exported.code, exported.stderr).toBe(0);
  return { said: `${imported.stdout}${imported.stderr}`, out };
}

describe('loupe import and export of doccano CSV', () => {
  it('writes a UTF-16LE file with its byte-order mark and CRLF back byte for byte (doccano’s test file)', () => {
    const name = 'import_test_example.utf16.csv';
    const { said, out } = roundTrip(join(REAL, name));
    expect(said).toMatch(/Imported 3 documents \(doccano\)/);
    expect(readFileSync(join(out, name))).toEqual(readFileSync(join(REAL, name)));
  });

  it('reads other columns with --text-column and --label-column, and writes the file back byte for byte', () => {
    const source = join(tempDir(), 'reviews.csv');
    const table =
      'id,sentence,sentiment\r\n1,"I loved it, truly.",positive\r\n2,Meh.,\r\n3,,negative\r\n';
    writeFileSync(source, table);
    const { said, out } = roundTrip(source, [
      '--text-column',
      'sentence',
      '--label-column',
      'sentiment',
    ]);
    expect(said).toMatch(/Imported 2 documents \(doccano\)/);
    expect(said).toMatch(/1 row with an empty "sentence" cell left out \(line 4\)/);
    expect(readFileSync(join(out, 'reviews.csv'), 'utf8')).toBe(table);
    const home = tempDir();
    const dir = join(tempDir(), 'project');
    runCli(['init', dir], home);
    const refused = runCli(
      ['import', dir, source, '--annotator', 'amy', '--format', 'doccano'],
      home,
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(
      /reviews\.csv:1: has no text column "text": its header names "id", "sentence", "sentiment"; .*--text-column NAME/,
    );
    const other = runCli(['import', dir, source, '--format', 'brat', '--text-column', 'x'], home);
    expect(other.code).toBe(2);
  });

  it('leaves out rows of empty text as doccano does, saying so, and writes them back (doccano’s test file)', () => {
    const name = 'import_test_text_classification_example.csv';
    const { said, out } = roundTrip(join(REAL, name));
    expect(said).toMatch(/Imported 2 documents \(doccano\)/);
    expect(said).toMatch(/2 rows with an empty "text" cell left out \(lines 4, 5\)/);
    expect(readFileSync(join(out, name))).toEqual(readFileSync(join(REAL, name)));
  });
});
