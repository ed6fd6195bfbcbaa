import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isInceptionZip, readXmi } from '../../../src/shared/formats';
import type { FormatBundle } from '../../../src/shared/formats';
import { messagesOf, zipFile } from './build';

/**
 * INCEpTION project exports whose annotations were exported as WebAnno TSV 3, built from
 * INCEpTION's own TSV files (tests/fixtures/webanno/SOURCES.md) laid out as its exporters write
 * them: AnnotationDocumentExporter.exportAdditionalFormat writes each user's file, INITIAL_CAS's
 * too, loose as `annotation/<document>/<user>.tsv` (WebAnnoTsv3FormatSupport's writer writes one
 * file, which is not zipped as XMI's folder is), CuratedDocumentsExporter the curated one as
 * `curation/<document>/CURATION_USER.tsv`, beside `annotation_ser/`, `curation_ser/`,
 * `source/`, `log/` and the project's JSON (as in tests/fixtures/xmi's real 3.6.1 export).
 */
const WEBANNO = join(import.meta.dirname, '../../fixtures/webanno');
const XMI = join(import.meta.dirname, '../../fixtures/xmi');

function tsv(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(WEBANNO, name)));
}

/** Each document as `name layer spans`, and its spans as `label start-end`. */
function layers(bundle: FormatBundle): string[] {
  return bundle.documents.map(
    (d) =>
      `${d.name} ${d.annotator ?? '-'}: ${d.spans.map((s) => `${s.label} ${s.fragments.map((f) => `${f.start}-${f.end}`).join(',')}`).join('; ')}`,
  );
}

describe('readXmi on INCEpTION project exports in WebAnno TSV 3', () => {
  it("reads each user's .tsv as that user's layer of its folder's document, the curated one as gold", () => {
    const bundle = readXmi([
      zipFile('project.zip', {
        'annotation/test.txt/alice.tsv': tsv('testMultiTokenStackedSpanWithFeatureValue.tsv'),
        'annotation/test.txt/bob.tsv': tsv('testSimpleSlotFeature.tsv'),
        'annotation/test.txt/INITIAL_CAS.tsv': tsv('testSimpleChain.tsv'),
        'annotation/emoji.txt/carol.tsv': tsv('testSentenceWithEmoji.tsv'),
        'curation/test.txt/CURATION_USER.tsv': tsv('testTokenBoundedSpanWithNastyFeatureValue.tsv'),
        'annotation_ser/test.txt/alice.ser': strToU8('…'),
        'curation_ser/test.txt/CURATION_USER.ser': strToU8('…'),
        'source/test.txt': strToU8('This is a test .'),
        'exportedproject.json': strToU8('{}'),
        'log/project.log': strToU8(''),
      }),
    ]);
    // By hand from the files: alice's two stacked spans over the whole sentence (PERSON[1],
    // LOCATION[2]); bob's SimpleLinkHost on "This" and SimpleSpan on "is", "a"; the 😊 of
    // carol's at UTF-16 10-12, code points 10-11; the curated file's value on each token.
    const nasty = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity:value';
    expect(layers(bundle).sort()).toEqual([
      'emoji carol: Span 10-11',
      'test alice: PERSON 0-16; LOCATION 0-16',
      'test bob: SimpleLinkHost 0-4; SimpleSpan 5-7; SimpleSpan 8-9',
      `test gold: ${[
        [0, 4],
        [5, 7],
        [8, 9],
        [10, 14],
        [15, 16],
      ]
        .map(([a, b]) => `${nasty} ${a}-${b}`)
        .join('; ')}`,
    ]);
    expect(new Set(bundle.documents.map((d) => d.text))).toEqual(
      new Set(['This is a test .', 'I like it 😊 .']),
    );
    expect(bundle.readAs).toBe('WebAnno TSV 3 in an INCEpTION project export');
    expect(bundle.warnings).toEqual([
      "project.zip: not read: annotation_ser/ (1: INCEpTION's own binary CAS files (.ser)), curation_ser/ (1: INCEpTION's own binary CAS files (.ser)), source/ (1: the documents as uploaded), exportedproject.json (1: the project settings), log/ (1: logs)",
      'project.zip: not read: 1 INITIAL_CAS.tsv (each document as imported into INCEpTION, before anyone annotated)',
      'project.zip/annotation/test.txt/bob.tsv:3: slot features of layer webanno.custom.SimpleLinkHost (Loupe has no slots): 2 cells kept with the document, not shown as annotations',
      "project.zip: test was annotated by alice, bob, gold (its curated version): each user's annotations go to a layer of their own (--annotator does not merge them)",
    ]);
  });

  it('refuses a document whose users’ files hold different texts, naming it and them', () => {
    const bundle = zipFile('project.zip', {
      'annotation/test.txt/alice.tsv': tsv('testMultiTokenStackedSpanWithFeatureValue.tsv'),
      'annotation/test.txt/bob.tsv': tsv('testSubMultiTokenSpanWithFeatureValue.tsv'),
    });
    expect(messagesOf(() => readXmi([bundle]))).toEqual([
      "project.zip: the document test has another text in bob's annotations than in alice's (from line 1 of the text on), though INCEpTION exports one text per document; export the project from INCEpTION again, or import each user's file on its own",
    ]);
  });

  it('reads an export mixing XMI and TSV annotations, both, one text per document', () => {
    // INCEpTION's reference.xmi and reference.tsv of one tsv3-suite case: the same annotations
    const xmi = readFileSync(join(XMI, 'testMultiTokenStackedSpanWithFeatureValue.xmi'));
    const bundle = readXmi([
      zipFile('project.zip', {
        'annotation/test.txt/alice.tsv': tsv('testMultiTokenStackedSpanWithFeatureValue.tsv'),
        'annotation/test.txt/bob.zip': zipSync({ 'bob.xmi': xmi }),
      }),
    ]);
    expect(layers(bundle)).toEqual([
      'test alice: PERSON 0-16; LOCATION 0-16',
      'test bob: PERSON 0-16; LOCATION 0-16',
    ]);
    expect(bundle.readAs).toBe('UIMA CAS XMI and WebAnno TSV 3 in an INCEpTION project export');
  });

  it('says which .tsv is not WebAnno TSV, by its place in the archive', () => {
    const bundle = zipFile('project.zip', {
      'annotation/test.txt/alice.tsv': strToU8('This\tis\n'),
    });
    expect(messagesOf(() => readXmi([bundle])).join('\n')).toMatch(
      /^project\.zip\/annotation\/test\.txt\/alice\.tsv:1: does not start with #FORMAT=WebAnno TSV 3\.x/,
    );
  });

  it("reads a real INCEpTION 3.6.1 export's curated TSV as gold and says its text-format annotations are not read", () => {
    const name = 'inception-project-export-3_6_1.zip';
    const real = { path: name, content: '', binary: new Uint8Array(readFileSync(join(XMI, name))) };
    const bundle = readXmi([real]);
    // curation/example_sentence.txt/CURATION_USER.tsv: a Chunk with no chunkValue (`*`) on "This" (0-4)
    expect(layers(bundle)).toEqual(['example_sentence gold: Chunk 0-4']);
    expect(bundle.documents[0]?.text).toBe('This is an example sentence.');
    expect(bundle.warnings.join('\n')).toMatch(
      /not read: .*annotation\/ \(1: annotations in a format Loupe does not read from a project export; export the project from INCEpTION again with "UIMA CAS XMI" or "WebAnno TSV 3" as its format\)/,
    );
  });

  it('finds a project export holding only curated documents in a folder', () => {
    const curated = zipSync({ 'curation/test.txt/CURATION_USER.tsv': tsv('testSimpleChain.tsv') });
    expect(isInceptionZip(curated)).toBe(true);
  });
});
