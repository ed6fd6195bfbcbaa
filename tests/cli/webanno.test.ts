import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { tempDir } from '../helpers/tempProject';

/** INCEpTION's own test files (tests/fixtures/webanno/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../fixtures/webanno');

describe('loupe import of WebAnno TSV 3 files', () => {
  const home = tempDir();

  it('finds .tsv files in a folder by their header and imports spans, relations and what it keeps', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    copyFileSync(join(FIXTURES, 'example2.tsv'), join(source, 'example2.tsv'));
    copyFileSync(join(FIXTURES, 'testSimpleSlotFeature.tsv'), join(source, 'slots.tsv'));
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout) as { warnings: string[] };
    // example2: 86 POS + 9 named entity spans, 86 dependencies; slots: 3 spans (host and two fillers).
    expect(summary).toMatchObject({ format: 'webanno', spans: 98, relations: 86 });
    expect(
      summary.warnings.some((w) => /slots\.tsv:3: slot features .* 2 cells kept/.test(w)),
    ).toBe(true);
  });

  it('exports WebAnno TSV 3.3 that imports again with the same spans and relations', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    copyFileSync(join(FIXTURES, 'example2.tsv'), join(source, 'example2.tsv'));
    expect(runCli(['import', dir, source, '--annotator', 'amira'], home).code).toBe(0);
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'webanno', '--annotator', 'amira', '--out', out, '--json'],
      home,
    );
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ format: 'webanno', spans: 95 });
    expect(readdirSync(out)).toEqual(['example2.tsv']);
    const again = join(tempDir(), 'q');
    expect(runCli(['init', again], home).code).toBe(0);
    const reimported = runCli(['import', again, out, '--annotator', 'amira', '--json'], home);
    expect(JSON.parse(reimported.stdout)).toMatchObject({
      format: 'webanno',
      spans: 95,
      relations: 86,
    });
  });

  it("imports INCEpTION's project export in WebAnno TSV 3, found in a folder, one layer per user, and writes a layer back as it came", () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    const file = (name: string) => readFileSync(join(FIXTURES, name));
    // AnnotationDocumentExporter's annotation/<document>/<user>.tsv, CuratedDocumentsExporter's curation/…/CURATION_USER.tsv
    writeFileSync(
      join(source, 'project.zip'),
      zipSync({
        'annotation/test.txt/alice.tsv': file('testMultiTokenStackedSpanWithFeatureValue.tsv'),
        'annotation/test.txt/INITIAL_CAS.tsv': file('testSimpleChain.tsv'),
        'annotation/emoji.txt/carol.tsv': file('testSentenceWithEmoji.tsv'),
        'curation/test.txt/CURATION_USER.tsv': file('testSimpleSlotFeature.tsv'),
        'source/test.txt': strToU8('This is a test .'),
      }),
    );
    const imported = runCli(['import', dir, source, '--annotator', 'amira', '--json'], home);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout);
    // alice: PERSON and LOCATION over the sentence; curated: SimpleLinkHost and two SimpleSpans; carol: 😊
    expect(summary).toMatchObject({ format: 'xmi', spans: 6 });
    expect(summary.documents).toMatchObject([
      { documentId: 'test', annotator: 'alice', outcome: 'added', spans: 2 },
      // one user's document goes to --annotator's layer, as any import's (annotatorOf)
      { documentId: 'emoji', annotator: 'amira', outcome: 'added', spans: 1 },
      { documentId: 'test', annotator: 'gold', outcome: 'attached', spans: 3 },
    ]);
    expect(summary.warnings.join('\n')).toMatch(/not read: 1 INITIAL_CAS\.tsv/);
    // the archive named on its own, no --format: the same layers
    const direct = join(tempDir(), 'q');
    expect(runCli(['init', direct], home).code).toBe(0);
    const alone = runCli(['import', direct, join(source, 'project.zip'), '--json'], home);
    expect(alone.code, alone.stderr).toBe(0);
    expect(JSON.parse(alone.stdout)).toMatchObject({
      format: 'xmi',
      readAs: 'WebAnno TSV 3 in an INCEpTION project export',
      spans: 6,
    });
    // and the headline says what was read
    const said = join(tempDir(), 'r');
    expect(runCli(['init', said], home).code).toBe(0);
    expect(runCli(['import', said, join(source, 'project.zip')], home).stderr).toMatch(
      /^Imported 2 documents \(xmi: WebAnno TSV 3 in an INCEpTION project export\): /,
    );
    const out = join(tempDir(), 'out');
    const exported = runCli(
      ['export', dir, '--format', 'webanno', '--annotator', 'amira', '--out', out],
      home,
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(readdirSync(out)).toContain('emoji.tsv');
    expect(readFileSync(join(out, 'emoji.tsv'))).toEqual(file('testSentenceWithEmoji.tsv'));
  });

  it('refuses a malformed row with file, line and reason, leaving the project as it was', () => {
    const dir = join(tempDir(), 'p');
    expect(runCli(['init', dir], home).code).toBe(0);
    const source = tempDir();
    const real = readFileSync(join(FIXTURES, 'testSentenceWithEmoji.tsv'), 'utf8');
    writeFileSync(join(source, 'emoji.tsv'), real.replace('1-4\t10-12', '1-4\t10-11'));
    const before = snapshotFolder(dir);
    const result = runCli(['import', dir, source, '--format', 'webanno'], home);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/emoji\.tsv:9: token 1-4 at 10-11 is "😊" but .* UTF-16 units/);
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
