import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';

// OGER's CoNLL output, in its shape: token, start, end, tag (BIOES), an article opened by
// `# doc_id = NAME`, no -DOCSTART- line.
const OGER = [
  '# doc_id = PMC1',
  'Heat\t0\t4\tO',
  'shock\t5\t10\tS-CL:1',
  '',
  'Cells\t11\t16\tO',
  '',
  '# doc_id = PMC2',
  'Wound\t0\t5\tB-CL:2',
  'healing\t6\t13\tE-CL:2',
  '',
].join('\n');

describe('CoNLL documents opened by # doc_id lines', () => {
  it('reads each as a document named by its id and writes the file back byte for byte', () => {
    const read = readConll([{ path: 'oger.conll', content: OGER }]);
    expect(read.documents.map((d) => [d.name, d.text, d.spans.length])).toEqual([
      ['PMC1', 'Heat shock\nCells', 1],
      ['PMC2', 'Wound healing', 1],
    ]);
    expect(writeConll(read).files[0]?.content).toBe(OGER);
  });

  it('opens no document at a line naming the document its sentence is already in', () => {
    const repeated = [
      '# doc_id = a',
      'x\tO',
      '',
      '# doc_id = a',
      'y\tO',
      '',
      '# doc_id = b',
      'z\tO',
      '',
    ].join('\n');
    const read = readConll([{ path: 'r.conll', content: repeated }]);
    expect(read.documents.map((d) => [d.name, d.text])).toEqual([
      ['a', 'x\ny'],
      ['b', 'z'],
    ]);
    expect(writeConll(read).files[0]?.content).toBe(repeated);
  });
});
