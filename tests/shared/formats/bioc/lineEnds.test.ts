import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBioc, writeBioc } from '../../../../src/shared/formats';

/** Real BioC files (tests/fixtures/bioc/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/bioc');

const crlfOf = (content: string) => content.replace(/\r?\n/g, '\r\n');

const roundTrip = (path: string, content: string) =>
  writeBioc(readBioc([{ path, content }])).files[0]?.content;

// In the shape of NegBio's examples/1.xml (ncbi-nlp/NegBio, public domain): written by Python
// on Windows, every line ending in CRLF, the XML declaration with standalone='yes'.
const NEGBIO_SHAPE = [
  "<?xml version='1.0' encoding='utf-8' standalone='yes'?>",
  '<collection>',
  '  <source></source>',
  '  <date>2017-05-31</date>',
  '  <key></key>',
  '  <document>',
  '    <id>00000086</id>',
  '    <passage>',
  '      <offset>0</offset>',
  '      <text>No pneumothorax.</text>',
  '      <annotation id="0">',
  '        <infon key="term">pneumothorax</infon>',
  '        <location offset="3" length="12"/>',
  '        <text>pneumothorax</text>',
  '      </annotation>',
  '    </passage>',
  '  </document>',
  '</collection>',
  '',
].join('\r\n');

describe('BioC line ends', () => {
  it('writes a BioC XML file with CRLF line ends back with them, byte for byte', () => {
    expect(roundTrip('1.xml', NEGBIO_SHAPE)).toBe(NEGBIO_SHAPE);
    const everything = crlfOf(readFileSync(join(FIXTURES, 'everything.xml'), 'utf8'));
    expect(roundTrip('everything.xml', everything)).toBe(everything);
  });

  it('writes a BioC JSON file with CRLF line ends back with them, byte for byte', () => {
    const everything = crlfOf(readFileSync(join(FIXTURES, 'everything.json'), 'utf8'));
    expect(roundTrip('everything.json', everything)).toBe(everything);
  });

  it('reads the text of a CRLF file with LF line breaks, as an XML reader does', () => {
    // An XML reader reads the CRLF inside <text> as one LF (XML 1.0, 2.11): the offset counts it once.
    const file = NEGBIO_SHAPE.replace('No pneumothorax.', 'No\r\npneumothorax.');
    const [doc] = readBioc([{ path: '1.xml', content: file }]).documents;
    expect(doc?.text).toBe('No\npneumothorax.');
    expect(doc?.spans[0]?.fragments).toEqual([{ start: 3, end: 15 }]);
    expect(roundTrip('1.xml', file)).toBe(file);
  });

  it('keeps a file that mixes LF and CRLF as the export writes it, LF', () => {
    const mixed = NEGBIO_SHAPE.replace('<collection>\r\n', '<collection>\n');
    expect(roundTrip('1.xml', mixed)).not.toContain('\r\n  <source>');
  });
});
