import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMae, writeMae } from '../../../../src/shared/formats';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/mae');
const MEDTATOR = 'medtator_A_doc1.txt.xml';

/** The file as a checkout on Windows has it: every line ending in CRLF. */
const crlfOf = (content: string) => content.replace(/\r?\n/g, '\r\n');

describe('MAE line ends', () => {
  it('writes a file whose every line ends in CRLF back so, byte for byte', () => {
    const file = crlfOf(readFileSync(join(FIXTURES, MEDTATOR), 'utf8'));
    const bundle = readMae([{ path: MEDTATOR, content: file }]);
    expect(bundle.documents[0]?.spans).toHaveLength(12);
    expect(bundle.warnings.filter((w) => w.includes('writes this file back otherwise'))).toEqual(
      [],
    );
    expect(writeMae(bundle).files[0]?.content).toBe(file);
  });

  it('reads the same text and offsets from the CRLF file as from the file MedTator wrote', () => {
    const original = readFileSync(join(FIXTURES, MEDTATOR), 'utf8');
    const [lf] = readMae([{ path: MEDTATOR, content: original }]).documents;
    const [crlf] = readMae([{ path: MEDTATOR, content: crlfOf(original) }]).documents;
    expect(crlf?.text).toBe(lf?.text);
    expect(crlf?.spans.map((s) => s.fragments)).toEqual(lf?.spans.map((s) => s.fragments));
  });
});
