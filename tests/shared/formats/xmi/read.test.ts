import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWebanno, readXmi } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';

/**
 * INCEpTION's own XMI files (tests/fixtures/xmi/SOURCES.md). Expected spans are written out
 * from each file's `begin`/`end` (UTF-16) and feature attributes, by hand.
 */
const FIXTURES = join(import.meta.dirname, '../../../fixtures');

function fixture(name: string, folder = 'xmi'): string {
  return readFileSync(join(FIXTURES, folder, name), 'utf8');
}

function only(name: string, content = fixture(name)): FormatDocument {
  const doc = readXmi([file(name, content)]).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

/** Spans as `label start-end` in code points, sorted. */
function extents(doc: FormatDocument): string[] {
  return doc.spans
    .map((s) => `${s.label} ${s.fragments.map((f) => `${f.start}-${f.end}`).join(',')}`)
    .sort();
}

describe('readXmi on INCEpTION test files', () => {
  it('reads stacked named entities with their value as label (testMultiTokenStackedSpanWithFeatureValue)', () => {
    const doc = only('testMultiTokenStackedSpanWithFeatureValue.xmi');
    expect(doc.name).toBe('testMultiTokenStackedSpanWithFeatureValue');
    expect(doc.text).toBe('This is a test .');
    expect(extents(doc)).toEqual(['LOCATION 0-16', 'PERSON 0-16']);
    expect(doc.spans[0]?.attributes).toBeUndefined(); // named entities name no layer
  });

  it('reads UTF-16 offsets after an astral character as code points (testSentenceWithEmoji: 10-12 is 10-11)', () => {
    const doc = only('testSentenceWithEmoji.xmi');
    expect(doc.text).toBe('I like it \u{1F60A} .');
    expect(extents(doc)).toEqual(['NamedEntity 10-11']);
  });

  it('reads the same spans as INCEpTION wrote to WebAnno TSV for the same annotations', () => {
    for (const name of [
      'testMultiTokenStackedSpanWithFeatureValue',
      'testSentenceWithEmoji',
      'testSubMultiTokenSpanWithFeatureValue',
    ]) {
      const xmi = extents(only(`${name}.xmi`));
      const tsv = readWebanno([file(`${name}.tsv`, fixture(`${name}.tsv`, 'webanno'))]);
      const fromTsv = extents(tsv.documents[0] ?? only(`${name}.xmi`)).map((e) =>
        e.replace(/^Span /, 'NamedEntity '),
      );
      expect(xmi, name).toEqual(fromTsv);
    }
  });

  it('takes numbers as labels, not as ids, and leaves out zero-length annotations (testSubMultiTokenSpanWithFeatureValue)', () => {
    const read = readXmi([file('s.xmi', fixture('testSubMultiTokenSpanWithFeatureValue.xmi'))]);
    expect(extents(read.documents[0] ?? only('x'))).toEqual([
      '1 0-6',
      '2 0-13',
      '3 9-11',
      '4 7-11',
      '5 9-13',
      '6 3-13',
      '7 0-10',
      '8 3-10',
      '9 3-17',
    ]);
  });

  it('reads a custom relation between spans with its features (testSingleNonMultiTokenRelationWithMultipleFeatureValues)', () => {
    const doc = only('testSingleNonMultiTokenRelationWithMultipleFeatureValues.xmi');
    expect(extents(doc)).toEqual(['NamedEntity 0-7', 'NamedEntity 8-14']);
    expect(doc.relations).toHaveLength(1);
    const [r] = doc.relations;
    expect(r?.type).toBe('nsubj');
    expect(r?.attributes).toEqual({
      boolValue: 'true',
      intValue: '42',
      layer: 'webanno.custom.ComplexRelation',
    });
    const from = doc.spans.find((s) => s.id === r?.from);
    const to = doc.spans.find((s) => s.id === r?.to);
    expect([from?.fragments[0]?.start, to?.fragments[0]?.start]).toEqual([0, 8]);
  });

  it('does not take a slot’s links for a label (testSimpleSlotFeature)', () => {
    const doc = only('testSimpleSlotFeature.xmi');
    expect(extents(doc)).toEqual(['SimpleLinkHost 0-4', 'SimpleSpan 5-7', 'SimpleSpan 8-9']);
  });

  it('reads stacked custom spans and relations of a curation test (stackedrel1: 4 spans, 2 relations)', () => {
    const doc = only('stackedrel1.xmi');
    expect(extents(doc)).toEqual(['A 2-6', 'A 2-6', 'B 2-6', 'C 12-17']);
    expect(doc.spans.map((s) => s.attributes?.f2).sort()).toEqual(['B', 'C', 'C', 'D']);
    expect(doc.relations.map((r) => r.type).sort()).toEqual(['r1', 'r2']);
  });

  it('keeps CR LF written as character references in the text (relation_test)', () => {
    const doc = only('relation_test.xmi');
    expect(doc.text).toBe('Darmstadt is in Hessen.\r\nHannover is in Lower Saxony.');
    expect(extents(doc)).toEqual(['city 0-9', 'city 25-33', 'state 16-22', 'state 40-52']);
    expect(doc.relations.map((r) => r.type)).toEqual(['located in']);
  });

  it('reads an HTML document’s structure as no annotation, and its text', () => {
    const doc = only('test-document.xmi');
    expect(doc.spans).toEqual([]);
    expect(doc.text.length).toBe(72);
  });

  it('keeps dependencies between tokens without reading them, and says so (testDependencyWithValues)', () => {
    const read = readXmi([file('d.xmi', fixture('testDependencyWithValues.xmi'))]);
    expect(extents(read.documents[0] ?? only('x'))).toEqual(['POS1 0-4', 'POS2 5-7']);
    expect(read.documents[0]?.relations).toEqual([]);
    expect(read.warnings.join('\n')).toMatch(/1 Dependency relation between annotations/);
  });
});

describe('readXmi refuses what it cannot read, saying why', () => {
  it('a file whose only annotations have no extent (testZeroLengthSpansWithFeatureValues)', () => {
    const [error] = errorsOf(() =>
      readXmi([file('z.xmi', fixture('testZeroLengthSpansWithFeatureValues.xmi'))]),
    );
    expect(error?.message).toMatch(/holds 2 annotations but none Loupe can read as a span/);
    expect(error?.message).toMatch(/at least one character/);
  });

  it('a file of chains only (testSimpleChain), as WebAnno TSV', () => {
    const [error] = errorsOf(() => readXmi([file('c.xmi', fixture('testSimpleChain.xmi'))]));
    expect(error?.message).toMatch(/chain links? \(Loupe has no chains\)/);
  });

  it('XML that is not well-formed, with its line', () => {
    const [error] = errorsOf(() =>
      readXmi([
        file('b.xmi', '<?xml version="1.0"?>\n<xmi:XMI xmlns:xmi="http://www.omg.org/XMI">\n<a>'),
      ]),
    );
    expect(error?.file).toBe('b.xmi');
    expect(error?.message).toMatch(/not well-formed XML/);
  });

  it('XML whose root is not xmi:XMI', () => {
    const [error] = errorsOf(() => readXmi([file('m.xmi', '<Task><TEXT/></Task>')]));
    expect(error?.message).toMatch(/is not UIMA CAS XMI: its root is <Task>/);
  });

  it('an XMI file with no text', () => {
    const [error] = errorsOf(() =>
      readXmi([
        file('n.xmi', '<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0"></xmi:XMI>'),
      ]),
    );
    expect(error?.message).toMatch(/holds no text/);
  });
});

describe('readXmi on a damaged file', () => {
  it('gives each annotation its own span id when two elements share an xmi:id', () => {
    const content = [
      '<?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" xmlns:ner="http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore" xmi:version="2.0">',
      '<ner:NamedEntity xmi:id="4" sofa="1" begin="0" end="3" value="PER"/>',
      '<ner:NamedEntity xmi:id="4" sofa="1" begin="4" end="7" value="ORG"/>',
      '<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="Bob IBM"/>',
      '</xmi:XMI>',
    ].join('\n');
    const doc = only('twice.xmi', content);
    expect(doc.spans.map((s) => s.id)).toEqual(['T1', 'T2']);
    expect(extents(doc)).toEqual(['ORG 4-7', 'PER 0-3']);
  });
});
