import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormatErrors, readXmi, writeXmi } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { ErrorCollector } from '../../../../src/shared/formats/common';
import { inceptionZipFiles } from '../../../../src/shared/formats/xmi/inceptionZip';
import { inceptionProjectExport } from '../../../helpers/inceptionExport';
import { zipFile } from '../build';

/**
 * Archives laid out as INCEpTION exports them, built from INCEpTION's own XMI files and type
 * system (tests/fixtures/xmi/SOURCES.md). The layouts follow INCEpTION's exporters:
 * XmiFormatSupport_ImplBase.write zips the folder DKPro Core's XmiWriter wrote (`<user>.xmi`,
 * the CAS's documentId being the user, and `TypeSystem.xml`); a document export downloads it
 * as `<document>.zip`; AnnotationDocumentExporter puts it in a project export as
 * `annotation/<document>/<user>.zip`, beside `annotation_ser/…/<user>.ser`, `source/`,
 * `exportedproject.json` and `log/` (as in INCEpTION's test-project-with-recommenders.zip).
 */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/xmi');

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

const TYPE_SYSTEM = fixture('relation_test.TypeSystem.xml');

/** What INCEpTION's XMI export of one user's CAS zips: `<user>.xmi` and `TypeSystem.xml`. */
function documentExport(user: string, xmi: string, typeSystem = TYPE_SYSTEM): Uint8Array {
  return zipSync({ [`${user}.xmi`]: fixture(xmi), 'TypeSystem.xml': typeSystem });
}

/** Sets the size the central directory of an archive declares for its entry `name`. */
function declare(bytes: Uint8Array, name: string, size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let at = view.getUint32(bytes.length - 22 + 16, true);
  while (view.getUint32(at, true) === 0x02014b50) {
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length)) === name)
      view.setUint32(at + 24, size, true);
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatErrors)
      return error.errors.map((e) => `${e.file}: ${e.reason}`).join('\n');
    throw error;
  }
  return '(no error)';
}

function layers(bundle: FormatBundle): string[] {
  return bundle.documents.map((d) => `${d.name} ${d.annotator ?? '-'} ${d.spans.length}`);
}

describe('readXmi on INCEpTION zip exports', () => {
  it('reads a document export: the archive names the document, the .xmi its user', () => {
    const bundle = readXmi([
      {
        path: 'relation_test.zip',
        content: '',
        binary: documentExport('admin', 'relation_test.xmi'),
      },
    ]);
    // relation_test.xmi: 4 MyRelationBase spans, 1 MyRelationLayer relation
    expect(layers(bundle)).toEqual(['relation_test admin 4']);
    expect(bundle.documents[0]?.relations.map((r) => r.type)).toEqual(['located in']);
    expect(bundle.warnings).toEqual([]);
  });

  it('reads a project export: one layer per user of each document, the rest said and left out', () => {
    const initial = documentExport('INITIAL_CAS', 'stackedrel1.xmi');
    const bundle = readXmi([
      zipFile('project.zip', {
        'annotation/tale.txt/alice.zip': documentExport('alice', 'stackedrel1.xmi'),
        'annotation/tale.txt/bob.zip': documentExport('bob', 'stackedrel2.xmi'),
        'annotation/tale.txt/INITIAL_CAS.zip': initial,
        'annotation/relation_test.txt/carol.zip': documentExport('carol', 'relation_test.xmi'),
        'annotation_ser/tale.txt/alice.ser': strToU8('…'),
        'annotation_ser/tale.txt/INITIAL_CAS.ser': strToU8('…'),
        'source/tale.txt': strToU8('…'),
        'curation/tale.txt/CURATION_USER.zip': documentExport('CURATION_USER', 'stackedrel1.xmi'),
        'curation_ser/tale.txt/CURATION_USER.ser': strToU8('…'),
        'exportedproject.json': strToU8('{}'),
        'log/project.log': strToU8(''),
      }),
    ]);
    // stackedrel1 and stackedrel2 (INCEpTION's merge test: two users of one text) hold 4 Multivalspan each
    // the curated document (CuratedDocumentsExporter's curation/<document>/CURATION_USER.zip) is gold
    expect(layers(bundle).sort()).toEqual([
      'relation_test carol 4',
      'tale alice 4',
      'tale bob 4',
      'tale gold 4',
    ]);
    expect(bundle.documents[0]?.text).toBe(bundle.documents[1]?.text);
    expect(bundle.warnings).toEqual([
      "project.zip: not read: annotation_ser/ (2: INCEpTION's own binary CAS files (.ser)), source/ (1: the documents as uploaded), curation_ser/ (1: INCEpTION's own binary CAS files (.ser)), exportedproject.json (1: the project settings), log/ (1: logs)",
      'project.zip: not read: 1 INITIAL_CAS.xmi (each document as imported into INCEpTION, before anyone annotated)',
      "project.zip: tale was annotated by alice, bob, gold (its curated version): each user's annotations go to a layer of their own (--annotator does not merge them)",
    ]);
  });

  it('reads the TypeSystem.xml every document archive of a project export repeats once', () => {
    const count = 200;
    const bundle = readXmi([zipFile('project.zip', inceptionProjectExport(count))]);
    expect(bundle.documents).toHaveLength(count);
    expect(bundle.documents.every((d) => d.annotator === 'admin' && d.spans.length === 4)).toBe(
      true,
    );
    expect(bundle.documents[7]?.name).toBe('report7');
    // Each type system read is one object: one for all the archives (was one per archive).
    const typeSystemsRead = (file: ReturnType<typeof zipFile>) =>
      new Set(inceptionZipFiles(file, new ErrorCollector(), []).map((z) => z.typeSystem)).size;
    expect(typeSystemsRead(zipFile('project.zip', inceptionProjectExport(count)))).toBe(1);
    // An unzipped and zipped again export: a TypeSystem.xml in each document's folder.
    const loose: Zippable = {};
    for (let i = 0; i < count; i++) {
      loose[`annotation/tale${i}.txt/alice.xmi`] = fixture('stackedrel1.xmi');
      loose[`annotation/tale${i}.txt/TypeSystem.xml`] = TYPE_SYSTEM;
    }
    expect(readXmi([zipFile('rezipped.zip', loose)]).documents).toHaveLength(count);
    expect(typeSystemsRead(zipFile('rezipped.zip', loose))).toBe(1);
  });

  it('refuses from the directory, inflating nothing, document archives declaring more than Loupe reads', () => {
    const inner = documentExport('alice', 'stackedrel1.xmi');
    const bytes = zipSync({
      'annotation/a.txt/alice.zip': inner,
      'annotation/b.txt/alice.zip': inner,
      'source/a.txt': strToU8('…'),
    });
    for (const name of ['annotation/a.txt/alice.zip', 'annotation/b.txt/alice.zip'])
      declare(bytes, name, 200 * 1024 * 1024); // what two archives of 200 MiB each declare
    expect(errorOf(() => readXmi([{ path: 'project.zip', content: '', binary: bytes }]))).toBe(
      'project.zip: inflates to more than 256 MiB, more than Loupe reads from one archive: the entries it would read declare 400 MiB (annotation/a.txt/alice.zip: 200 MiB, annotation/b.txt/alice.zip: 200 MiB); unzip it and import the files in parts',
    );
  });

  it('refuses a document archive that holds another archive, which INCEpTION never writes', () => {
    const nested = zipSync({
      'alice.xmi': fixture('stackedrel1.xmi'),
      'deeper.zip': zipSync({ 'bob.xmi': fixture('stackedrel2.xmi') }),
    });
    const file = zipFile('project.zip', { 'annotation/tale.txt/alice.zip': nested });
    expect(errorOf(() => readXmi([file]))).toBe(
      "project.zip/annotation/tale.txt/alice.zip: holds another archive (deeper.zip), which INCEpTION never writes inside a document's archive: Loupe reads archives one level deep; unzip it and import the files it holds",
    );
  });

  it('never inflates the initial CAS of a document, only counts it', () => {
    const entries = inceptionProjectExport(3);
    // Not even an archive: reading one would refuse the export as damaged.
    for (const name of Object.keys(entries))
      if (name.endsWith('/INITIAL_CAS.zip')) entries[name] = strToU8('not read');
    entries['annotation/report0.txt/INITIAL_CAS.tsv'] = strToU8('not read either');
    const bundle = readXmi([zipFile('project.zip', entries)]);
    expect(layers(bundle)).toEqual(['report0 admin 4', 'report1 admin 4', 'report2 admin 4']);
    expect(bundle.warnings).toContain(
      'project.zip: not read: 3 INITIAL_CAS.xmi, 1 INITIAL_CAS.tsv (each document as imported into INCEpTION, before anyone annotated)',
    );
  });

  it('counts a type system every document archive repeats once against what it reads', () => {
    // A type system of 2 MiB (a real one is 125 KB) in each of 130 archives: 260 MiB as inflated.
    const padded = new TextDecoder()
      .decode(TYPE_SYSTEM)
      .replace('<types>', `<!--${' '.repeat(2 << 20)}--><types>`);
    const entries: Zippable = {};
    for (let i = 0; i < 130; i++)
      entries[`annotation/tale${i}.txt/alice.zip`] = documentExport(
        'alice',
        'stackedrel1.xmi',
        strToU8(padded),
      );
    const bundle = readXmi([zipFile('project.zip', entries)]);
    expect(bundle.documents).toHaveLength(130);
  });

  it('names entries left out named like Object.prototype members (constructor, toString) by their names alone', () => {
    const bundle = readXmi([
      zipFile('project.zip', {
        'annotation/tale.txt/alice.zip': documentExport('alice', 'stackedrel1.xmi'),
        constructor: strToU8('…'),
        toString: strToU8('…'),
        hasOwnProperty: strToU8('…'),
      }),
    ]);
    expect(bundle.warnings).toEqual([
      'project.zip: not read: constructor, toString, hasOwnProperty',
    ]);
  });

  it("reads a loose .xmi INCEpTION wrote as its titled document in its user's layer, the curated one as gold", () => {
    // INCEpTION records the user as documentId and the document as documentTitle
    const loose = (user: string) => ({
      path: `unzipped/${user}.xmi`,
      content: new TextDecoder()
        .decode(fixture('relation_test.xmi'))
        .replace('documentId="relation_test.txt"', `documentId="${user}"`),
    });
    const bundle = readXmi([loose('CURATION_USER'), loose('alice')]);
    expect(layers(bundle)).toEqual(['relation_test gold 4', 'relation_test alice 4']);
    // DKPro Core's XmiWriter names a file after its documentId too, with the same title: its own name
    expect(
      layers(
        readXmi([
          {
            path: 'relation_test.txt.xmi',
            content: loose('x').content.replace('documentId="x"', 'documentId="relation_test.txt"'),
          },
        ]),
      ),
    ).toEqual(['relation_test.txt - 4']);
  });

  it('reads an unzipped and zipped again project export (annotation/<document>/<user>.xmi)', () => {
    const bundle = readXmi([
      zipFile('rezipped.zip', {
        'annotation/tale.txt/alice.xmi': fixture('stackedrel1.xmi'),
        'annotation/tale.txt/TypeSystem.xml': TYPE_SYSTEM,
      }),
    ]);
    expect(layers(bundle)).toEqual(['tale alice 4']);
  });

  it('takes a layer’s label from the feature its type system declares, not the first one set', () => {
    // stackedrel1.xmi with f1 left unset on its first Multivalspan, as an annotator who set only f2
    const xmi = new TextDecoder()
      .decode(fixture('stackedrel1.xmi'))
      .replace('f1="A" f2="B"', 'f2="B"');
    const typeSystem = strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types><typeDescription><name>webanno.custom.Multivalspan</name><supertypeName>uima.tcas.Annotation</supertypeName><features><featureDescription><name>f1</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription><featureDescription><name>f2</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features></typeDescription></types></typeSystemDescription>',
    );
    const read = (entries: Zippable) =>
      readXmi([zipFile('tale.zip', entries)]).documents[0]?.spans[0];
    const declared = read({ 'admin.xmi': strToU8(xmi), 'TypeSystem.xml': typeSystem });
    expect(declared).toMatchObject({ label: 'Multivalspan', attributes: { f2: 'B' } });
    const guessed = read({ 'admin.xmi': strToU8(xmi) }); // no type system: the first feature set
    expect(guessed?.label).toBe('B');
  });

  it('writes the type system back beside the .xmi, as it came', () => {
    const bundle = readXmi([
      {
        path: 'relation_test.zip',
        content: '',
        binary: documentExport('admin', 'relation_test.xmi'),
      },
    ]);
    const written = writeXmi(bundle).files;
    expect(written.map((f) => f.path)).toEqual(['relation_test.xmi', 'TypeSystem.xml']);
    expect(written[0]?.content).toBe(new TextDecoder().decode(fixture('relation_test.xmi')));
    expect(written[1]?.content).toBe(new TextDecoder().decode(TYPE_SYSTEM));
  });

  it('refuses an archive with no .xmi nor .tsv, naming what it holds and what to do', () => {
    const conll = zipFile('project.zip', {
      'annotation/tale.txt/admin.conll': strToU8('Bob\tB-PER\n'),
      'source/tale.txt': strToU8('…'),
    });
    expect(errorOf(() => readXmi([conll]))).toMatch(
      /project\.zip: holds no UIMA CAS XMI file .*another format \(annotation\/tale\.txt\/admin\.conll\); export the project from INCEpTION again with "UIMA CAS XMI" or "WebAnno TSV 3"/,
    );
  });

  it('refuses a real INCEpTION project export whose annotations are in text format (INCEpTION 3.6.1, without its curated TSV)', () => {
    const name = 'inception-project-export-3_6_1.zip';
    const entries = unzipSync(fixture(name));
    delete entries['curation/example_sentence.txt/CURATION_USER.tsv'];
    const real = { path: name, content: '', binary: zipSync(entries) };
    expect(errorOf(() => readXmi([real]))).toMatch(
      /holds no UIMA CAS XMI file .*in another format \(annotation\/example_sentence\.txt\/admin\.txt\)/,
    );
  });

  it('refuses a damaged nested archive and a damaged type system, by their place in the archive', () => {
    const cut = documentExport('alice', 'stackedrel1.xmi').subarray(0, 200);
    const damaged = zipFile('project.zip', { 'annotation/tale.txt/alice.zip': cut });
    expect(errorOf(() => readXmi([damaged]))).toMatch(
      /^project\.zip\/annotation\/tale\.txt\/alice\.zip: is a damaged zip archive/,
    );
    const badTypes = zipFile('tale.zip', {
      'admin.xmi': fixture('stackedrel1.xmi'),
      'TypeSystem.xml': strToU8('<types>'),
    });
    expect(errorOf(() => readXmi([badTypes]))).toMatch(/^tale\.zip\/TypeSystem\.xml: /);
  });

  it('answers every damaged copy of a real export with a bundle or FormatErrors, never another throw', () => {
    const good = zipSync({
      'annotation/tale.txt/alice.zip': documentExport('alice', 'stackedrel1.xmi'),
      'source/tale.txt': strToU8('…'),
    });
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let refused = 0;
    for (let round = 0; round < 300; round++) {
      const bytes = good.slice(0, good.length - random(3) * random(40));
      for (let flips = 1 + random(4); flips > 0; flips--) bytes[random(bytes.length)] = random(256);
      try {
        readXmi([{ path: 'p.zip', content: '', binary: bytes }]);
      } catch (error) {
        if (!(error instanceof FormatErrors)) throw error;
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(100);
  });
});
