import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

/** INCEpTION's own XMI files (tests/fixtures/xmi/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../fixtures/xmi');

describe('loupe import and export of UIMA CAS XMI', () => {
  const home = tempDir();

  it('finds .xmi files and their TypeSystem.xml in a folder, imports their spans and relations, and writes them back as they came', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    for (const name of ['relation_test.xmi', 'stackedrel1.xmi'])
      copyFileSync(join(FIXTURES, name), join(source, name));
    // As DKPro Core's XmiWriter leaves it beside the files it writes.
    copyFileSync(join(FIXTURES, 'relation_test.TypeSystem.xml'), join(source, 'TypeSystem.xml'));
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    // relation_test: 4 spans, 1 relation; stackedrel1: 4 spans, 2 relations (counted in the files)
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'xmi', spans: 8, relations: 3 });
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'xmi', '--annotator', 'amira', '--out', out, '--json'],
      home,
    );
    expect(exported.code).toBe(0);
    for (const name of ['relation_test.xmi', 'stackedrel1.xmi'])
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(
        readFileSync(join(FIXTURES, name), 'utf8'),
      );
    expect(readFileSync(join(out, 'TypeSystem.xml'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'relation_test.TypeSystem.xml'), 'utf8'),
    );
  });

  it('refuses a file of zero-length annotations only, saying why, and leaves the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const before = snapshotFolder(dir);
    const result = runCli(
      [
        'import',
        dir,
        join(FIXTURES, 'testZeroLengthSpansWithFeatureValues.xmi'),
        '--annotator',
        'a',
      ],
      home,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/testZeroLengthSpansWithFeatureValues\.xmi.*none Loupe can read/);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it("imports INCEpTION's project export (one layer per user) and writes each layer back with its TypeSystem.xml", () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const typeSystem = readFileSync(join(FIXTURES, 'relation_test.TypeSystem.xml'));
    const userZip = (user: string, xmi: string) =>
      zipSync({ [`${user}.xmi`]: readFileSync(join(FIXTURES, xmi)), 'TypeSystem.xml': typeSystem });
    const project = join(tempDir(), 'project.zip'); // the layout of AnnotationDocumentExporter
    writeFileSync(
      project,
      zipSync({
        'annotation/relation_test.txt/alice.zip': userZip('alice', 'relation_test.xmi'),
        'annotation/relation_test.txt/bob.zip': userZip('bob', 'relation_test.xmi'),
        'source/relation_test.txt': new Uint8Array(3),
      }),
    );
    const imported = runCli(['import', dir, project, '--annotator', 'amira', '--json'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ format: 'xmi', spans: 8, relations: 2 });
    // one document, a layer for each user (not --annotator's: it would merge them)
    expect(summary.documents).toMatchObject([
      { documentId: 'relation_test', annotator: 'alice', outcome: 'added', spans: 4 },
      { documentId: 'relation_test', annotator: 'bob', outcome: 'attached', spans: 4 },
    ]);
    expect(summary.warnings.join('\n')).toMatch(/relation_test was annotated by alice, bob/);
    expect(summary.warnings.join('\n')).toMatch(
      /not read: source\/ \(1: the documents as uploaded\)/,
    );
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'xmi', '--annotator', 'bob', '--out', out],
      home,
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['TypeSystem.xml', 'relation_test.xmi']);
    expect(readFileSync(join(out, 'TypeSystem.xml'))).toEqual(typeSystem);
    expect(readFileSync(join(out, 'relation_test.xmi'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'relation_test.xmi'), 'utf8'),
    );
  });

  it("names a loose <user>.xmi of INCEpTION's export after its document, in that user's layer", () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    // As INCEpTION writes it (FormatSupport.addOrUpdateDocumentMetadata): documentId is the user.
    const xmi = readFileSync(join(FIXTURES, 'relation_test.xmi'), 'utf8');
    const admin = xmi.replace('documentId="relation_test.txt"', 'documentId="admin"');
    expect(admin).not.toBe(xmi);
    writeFileSync(join(source, 'admin.xmi'), admin);
    copyFileSync(join(FIXTURES, 'relation_test.TypeSystem.xml'), join(source, 'TypeSystem.xml'));
    // Without --annotator, which would take every layer of one user as its own.
    const imported = runCli(['import', dir, source, '--json'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary.documents).toMatchObject([
      { documentId: 'relation_test', annotator: 'admin', spans: 4 },
    ]);
    expect(summary.warnings.join('\n')).toMatch(
      /admin\.xmi: INCEpTION's export of the document relation_test by admin/,
    );
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'xmi', '--annotator', 'admin', '--out', out],
      home,
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(join(out, 'relation_test.xmi'), 'utf8')).toBe(admin);
  });

  it("reads INCEpTION's zip exports in a folder and leaves other archives alone", () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    const typeSystem = readFileSync(join(FIXTURES, 'relation_test.TypeSystem.xml'));
    // A document export (`<document>.zip`: `<user>.xmi` and TypeSystem.xml) and someone's backup.
    writeFileSync(
      join(source, 'relation_test.zip'),
      zipSync({
        'alice.xmi': readFileSync(join(FIXTURES, 'relation_test.xmi')),
        'TypeSystem.xml': typeSystem,
      }),
    );
    writeFileSync(join(source, 'backup.zip'), zipSync({ 'notes.txt': new Uint8Array([104, 105]) }));
    const imported = runCli(['import', dir, source, '--json'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ format: 'xmi', spans: 4, relations: 1 });
    expect(summary.documents).toMatchObject([{ documentId: 'relation_test', annotator: 'alice' }]);
    expect(imported.stdout).toMatch(/backup\.zip/);
  });

  it('refuses a zip bomb by name and reason, leaving the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const before = snapshotFolder(dir);
    const bomb = join(tempDir(), 'bomb.zip');
    // A megabyte of zeros whose header says 300 MiB: refused before inflating (an entry that
    // inflates past what its header says is refused as it grows: tests/shared/formats/common/readZip.test.ts)
    const bytes = zipSync({ 'admin.xmi': new Uint8Array(1 << 20) });
    const directory = new DataView(bytes.buffer).getUint32(bytes.length - 22 + 16, true);
    new DataView(bytes.buffer).setUint32(directory + 24, 300 * 1024 * 1024, true);
    writeFileSync(bomb, bytes);
    const result = runCli(['import', dir, bomb, '--annotator', 'a'], home);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/bomb\.zip: inflates to more than 256 MiB/);
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
