import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, isBiocFile } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';

/** Real BioC files (tests/fixtures/bioc/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/bioc');

describe('isBiocFile', () => {
  it('knows real BioC files by their <collection> root, after a declaration and a DOCTYPE naming BioC.dtd', () => {
    for (const name of ['CDR_sample.BioC.xml', 'everything.xml']) {
      const content = readFileSync(join(FIXTURES, name), 'utf8');
      expect(isBiocFile(content)).toBe(true);
      expect(detectFormat([file(name, content)])).toBe('bioc');
    }
    expect(isBiocFile('<!-- made by hand -->\n<collection/>')).toBe(true);
  });

  it('takes no other XML root for BioC, and says what XML Loupe reads', () => {
    expect(isBiocFile('<?xml version="1.0"?>\n<collections><collection/></collections>')).toBe(
      false,
    );
    expect(isBiocFile('<T><TEXT><![CDATA[<collection>]]></TEXT><TAGS/></T>')).toBe(false);
    expect(errorsOf(() => detectFormat([file('pom.xml', '<project/>')]))[0]?.reason).toMatch(
      /nor BioC \(a root <collection> of <document>s\)/,
    );
  });
});
