import { describe, expect, it } from 'vitest';
import { readXmi, writeXmi } from '../../../../src/shared/formats';
import { file } from '../build';

/**
 * A CAS in the shape JULIE Lab's JCoRe pipelines write (JULIELab/jcore-base, BSD 2-Clause,
 * e.g. `jcore-iob-consumer/src/test/resources/testxmis/17088488.xmi`): `types:` elements of
 * `de.julielab.jcore.types`, every annotation opening with `componentId` (the component that
 * made it), tokens pointing to their POS tags through an FSArray. The text is our own.
 * Before, its 3 tokens and sentence were read as spans labelled "JULIE Token Boundary
 * Detector" and "…SentenceAnnotator", and each POS tag and gene was labelled with its
 * componentId: 8 spans, none with the label the pipeline gave.
 */
const JCORE = [
  '<?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:cas="http:///uima/cas.ecore" xmlns:xmi="http://www.omg.org/XMI" xmlns:tcas="http:///uima/tcas.ecore" xmlns:types="http:///de/julielab/jcore/types.ecore" xmi:version="2.0"><cas:NULL xmi:id="0"/>',
  '<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="CAML binds ligands"/>',
  '<cas:FSArray xmi:id="50" elements="40"/>',
  '<tcas:DocumentAnnotation xmi:id="8" sofa="1" begin="0" end="18" language="x-unspecified"/>',
  '<types:Token xmi:id="20" sofa="1" begin="0" end="4" componentId="JULIE Token Boundary Detector" posTag="50"/>',
  '<types:Token xmi:id="21" sofa="1" begin="5" end="10" componentId="JULIE Token Boundary Detector"/>',
  '<types:Token xmi:id="22" sofa="1" begin="11" end="18" componentId="JULIE Token Boundary Detector"/>',
  '<types:Lemma xmi:id="23" sofa="1" begin="5" end="10" value="bind"/>',
  '<types:PennBioIEPOSTag xmi:id="40" sofa="1" begin="0" end="4" componentId="de.julielab.jcore.ae.OpenNLPPosTagger" value="NN"/>',
  '<types:Gene xmi:id="41" sofa="1" begin="0" end="4" confidence="1.0" componentId="de.julielab.jcore.lingpipegazetteer.GazetteerAnnotator" id="T1" specificType="protein"/>',
  '<types:Sentence xmi:id="13" sofa="1" begin="0" end="18" componentId="de.julielab.jcore.ae.SentenceAnnotator"/>',
  '<cas:View sofa="1" members="50 8 20 21 22 23 40 41 13"/></xmi:XMI>',
].join('\n');

describe('readXmi on a JCoRe CAS', () => {
  it('leaves tokens, lemmas and sentences out of the spans, as DKPro Core ones are', () => {
    const doc = readXmi([file('17088488.xmi', JCORE)]).documents[0];
    const labels = doc?.spans.map((s) => s.label);
    expect(labels).toEqual(['NN', 'Gene']);
  });

  it('never labels a span with the component that made it; keeps it as an attribute', () => {
    const gene = readXmi([file('a.xmi', JCORE)]).documents[0]?.spans[1];
    expect(gene?.label).toBe('Gene');
    expect(gene?.attributes).toMatchObject({
      componentId: 'de.julielab.jcore.lingpipegazetteer.GazetteerAnnotator',
      confidence: '1.0',
      specificType: 'protein',
      layer: 'de.julielab.jcore.types.Gene',
    });
  });

  it('is written back byte for byte', () => {
    const bundle = readXmi([file('a.xmi', JCORE)]);
    expect(writeXmi(bundle).files.find((f) => f.path.endsWith('.xmi'))?.content).toBe(JCORE);
  });

  it('still reads an INCEpTION layer named like a token (webanno.custom.Sentence) as spans', () => {
    const custom = JCORE.replace(
      'xmi:version="2.0">',
      'xmlns:custom="http:///webanno/custom.ecore" xmi:version="2.0">',
    ).replace(
      '<types:Sentence xmi:id="13" sofa="1" begin="0" end="18" componentId="de.julielab.jcore.ae.SentenceAnnotator"/>',
      '<custom:Sentence xmi:id="13" sofa="1" begin="0" end="18" Sentiment="positive"/>',
    );
    const labels = readXmi([file('a.xmi', custom)]).documents[0]?.spans.map((s) => s.label);
    expect(labels).toContain('positive');
  });
});
