import { describe, expect, it } from 'vitest';
import { readMae, writeMae } from '../../../../src/shared/formats';
import { fragmentOf } from '../../../../src/shared/spans';

// In the shape of the i2b2 de-identification files of PlanTL-GOB-ES/MEDDOCAN-Format-Converter-Script
// (input/i2b2/sample/*.xml, MIT), as lxml pretty-prints them: TEXT and TAGS indented two spaces,
// each tag four. The text and the tags are made up.
const I2B2_SHAPE = [
  "<?xml version='1.0' encoding='UTF-8'?>",
  '<deIdi2b2>',
  '  <TEXT><![CDATA[Nombre:  Ana.',
  'Edad: 70 años.',
  ']]></TEXT>',
  '  <TAGS>',
  '    <NAME id="T2" start="9" end="12" text="Ana" TYPE="PATIENT" comment=""/>',
  '    <AGE id="T1" start="20" end="27" text="70 años" TYPE="AGE" comment=""/>',
  '  </TAGS>',
  '</deIdi2b2>',
  '',
].join('\n');

describe('MAE files indented as lxml writes them', () => {
  it('reads the tags and writes the file back byte for byte, without a warning', () => {
    const bundle = readMae([{ path: 'sample.xml', content: I2B2_SHAPE }]);
    expect(bundle.documents[0]?.spans.map((s) => [s.label, s.fragments])).toEqual([
      ['NAME', [{ start: 9, end: 12 }]],
      ['AGE', [{ start: 20, end: 27 }]],
    ]);
    expect(bundle.warnings.filter((w) => w.includes('writes this file back otherwise'))).toEqual(
      [],
    );
    expect(writeMae(bundle).files[0]?.content).toBe(I2B2_SHAPE);
  });

  it('indents a span added in Loupe as the file’s tags', () => {
    const bundle = readMae([{ path: 'sample.xml', content: I2B2_SHAPE }]);
    const [doc] = bundle.documents;
    const first = doc?.spans[0];
    if (!doc || !first) throw new Error('no span');
    const added = {
      ...doc,
      spans: [...doc.spans, { ...first, id: 'new', fragments: [fragmentOf(0, 6)] }],
    };
    const written = writeMae({ ...bundle, documents: [added] }).files[0]?.content ?? '';
    const tagLines = written.split('\n').filter((l) => l.includes(' start='));
    expect(tagLines).toHaveLength(3);
    for (const line of tagLines) expect(line).toMatch(/^ {4}</);
  });
});
