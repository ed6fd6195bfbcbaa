import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

/** A project made by `loupe init` and `loupe import` of the given texts (file name → text). */
function projectOf(texts: Record<string, string>, home: string): string {
  const dir = join(tempDir(), 'p');
  expect(runCli(['init', dir], home).code).toBe(0);
  const sources = tempDir('loupe-sources-');
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(sources, name), text);
  expect(runCli(['import', dir, sources], home).code).toBe(0);
  return dir;
}

/** A brat folder with one document annotated with one GPE span at [0, 4). */
function bratOf(name: string, text: string): string {
  const brat = tempDir('loupe-brat-');
  writeFileSync(join(brat, `${name}.txt`), text);
  writeFileSync(join(brat, `${name}.ann`), `T1\tGPE 0 4\t${text.slice(0, 4)}\n`);
  return brat;
}

/**
 * macOS and Windows file `Amira` and `amira`, or `amíra` spelled in NFC and in NFD, as one
 * name: a project made on Linux must not hold two such entries, or a teammate there gets one
 * document's text or one annotator's layers in place of the other's.
 */
describe('names that are one file on a disk that ignores case and normalization', () => {
  const home = tempDir();

  it('imports report.txt beside a document Report under another id, never report', () => {
    const dir = projectOf({ 'Report.txt': 'Iraq asked.' }, home);
    const sources = tempDir('loupe-sources-');
    writeFileSync(join(sources, 'report.txt'), 'Iraq said no.');
    const imported = runCli(['import', dir, sources, '--json'], home);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).added.map((d: { id: string }) => d.id)).toEqual([
      'report-2',
    ]);
    expect(readdirSync(join(dir, 'documents')).sort()).toEqual([
      'Report.json',
      'Report.txt',
      'report-2.json',
      'report-2.txt',
    ]);
    // The same through an annotated import (brat), which names documents on its own path.
    const brat = runCli(
      ['import', dir, bratOf('REPORT', 'Iraq stands.'), '--annotator', 'amira', '--json'],
      home,
    );
    expect(brat.code, brat.stderr).toBe(0);
    expect(readdirSync(join(dir, 'documents'))).toContain('REPORT-3.json');
  });

  it("refuses to write Amira's layer beside amira's folder, and writes nothing", () => {
    const dir = projectOf({ 'ap.txt': 'Iraq asked the US.' }, home);
    const amira = runCli(
      ['import', dir, bratOf('ap', 'Iraq asked the US.'), '--annotator', 'amira'],
      home,
    );
    expect(amira.code, amira.stderr).toBe(0);
    const before = snapshotFolder(dir);
    for (const name of ['Amira', 'AMIRA']) {
      const refused = runCli(
        ['import', dir, bratOf('ap', 'Iraq asked the US.'), '--annotator', name],
        home,
      );
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain(`annotations/${name}/`);
      expect(refused.stderr).toMatch(/annotations\/amira\/ .*"amira".*macOS, Windows/);
      expect(snapshotFolder(dir)).toEqual(before);
    }
    // The same name, spelled as the folder is, still writes.
    const again = runCli(
      ['import', dir, bratOf('ap2', 'Iraq asked the UN.'), '--annotator', 'amira'],
      home,
    );
    expect(again.code, again.stderr).toBe(0);
  });

  it('validate names annotator folders, layers and documents that differ only in case or normalization', () => {
    const dir = projectOf({ 'ap.txt': 'Iraq asked the US.' }, home);
    const layer = (who: string, file = 'ap.json') => {
      mkdirSync(join(dir, 'annotations', who), { recursive: true });
      writeFileSync(join(dir, 'annotations', who, file), '{}');
    };
    layer('Amira');
    layer('amira');
    layer('am\u00edra'); // í as one code point (NFC)
    layer('ami\u0301ra'); // i + combining acute (NFD)
    layer('bob', 'AP.json');
    layer('bob', 'ap.json');
    writeFileSync(
      join(dir, 'documents', 'AP.json'),
      readFileSync(join(dir, 'documents', 'ap.json')),
    );
    const validate = runCli(['validate', dir, '--json'], home);
    expect(validate.code, validate.stdout + validate.stderr).not.toBe(0);
    const named = (
      JSON.parse(validate.stdout) as { problems: { file: string; reason: string }[] }
    ).problems
      .filter((p) => /one file with .*\(macOS, Windows\)/.test(p.reason))
      .map((p) => p.file)
      .sort();
    expect(named).toEqual(
      [
        'annotations/Amira',
        'annotations/amira',
        'annotations/am\u00edra',
        'annotations/ami\u0301ra',
        'annotations/bob/AP.json',
        'annotations/bob/ap.json',
        'documents/AP.json',
        'documents/ap.json',
      ].sort(),
    );
  });

  it('takes a name spelled in NFD (as macOS lists files) for the document of that name in NFC', () => {
    const dir = projectOf({ 'r\u00e9sum\u00e9.txt': 'Iraq asked.' }, home);
    const again = tempDir('loupe-sources-');
    writeFileSync(join(again, 're\u0301sume\u0301.txt'), 'Iraq asked.');
    const same = runCli(['import', dir, again, '--json'], home);
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout).documentCounts).toEqual({
      added: 0,
      newVersions: 0,
      alreadyPresent: 1,
    });
    writeFileSync(join(again, 're\u0301sume\u0301.txt'), 'Iraq said no.');
    const changed = runCli(['import', dir, again, '--json'], home);
    expect(changed.code, changed.stderr).toBe(0);
    expect(JSON.parse(changed.stdout).documentCounts).toEqual({
      added: 0,
      newVersions: 1,
      alreadyPresent: 0,
    });
  });
});
