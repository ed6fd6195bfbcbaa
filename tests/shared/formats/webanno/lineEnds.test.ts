import { describe, expect, it } from 'vitest';
import { readWebanno, writeWebanno } from '../../../../src/shared/formats';

// In the shape of INCEpTION's WebAnno TSV 3.3 export (its testCrossSentenceSpanWithFeatureValue).
const LINES = [
  '#FORMAT=WebAnno TSV 3.3',
  '#T_SP=webanno.custom.Span|value',
  '',
  '',
  '#Text=He loves her .',
  '1-1\t0-2\tHe\tPERSON[1]\t',
  '1-2\t3-8\tloves\tPERSON[1]\t',
  '1-3\t9-12\ther\tPERSON[1]\t',
  '1-4\t13-14\t.\t_\t',
];

const roundTrip = (content: string) =>
  writeWebanno(readWebanno([{ path: 'doc.tsv', content }])).files[0]?.content;

describe('WebAnno TSV line ends', () => {
  it('writes a file whose last line has no line break back without one', () => {
    const open = LINES.join('\n');
    expect(roundTrip(`${open}\n`)).toBe(`${open}\n`);
    expect(roundTrip(open)).toBe(open);
  });

  it('writes a CRLF file (a checkout on Windows) back with CRLF', () => {
    const crlf = `${LINES.join('\r\n')}\r\n`;
    expect(roundTrip(crlf)).toBe(crlf);
    expect(roundTrip(crlf.slice(0, -2))).toBe(crlf.slice(0, -2));
  });
});
