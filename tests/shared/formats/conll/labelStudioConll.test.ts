import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';

// In the shape of Label Studio's CoNLL 2003 export (label-studio-converter; as
// karanheera/AI-Data-Annotation-Tasks' NER train.conll has it; sentences made up): a
// `-DOCSTART- -X- O` line of three columns over rows of four, `token -X- _ TAG`.
const FILE = [
  '-DOCSTART- -X- O',
  'Met -X- _ O',
  'Ada -X- _ B-PER',
  'Lovelace -X- _ I-PER',
  'in -X- _ O',
  'London -X- _ B-LOC',
  '',
  'Coffee -X- _ O',
  'at -X- _ O',
  'Starbucks -X- _ B-ORG',
  '',
].join('\n');

const read = () => readConll([{ path: 'train.conll', content: FILE }]);

describe('Label Studio’s CoNLL 2003 export', () => {
  it('reads its three names and writes the file back byte for byte, its -DOCSTART- line as it was', () => {
    const bundle = read();
    expect(bundle.documents.flatMap((d) => d.spans.map((s) => s.label))).toEqual([
      'PER',
      'LOC',
      'ORG',
    ]);
    expect(writeConll(bundle).files[0]?.content).toBe(FILE);
  });

  it('writes a -DOCSTART- line of as many columns as the rows with --scheme, for conlleval.pl', () => {
    const content = writeConll(read(), { scheme: 'iob2' }).files[0]?.content ?? '';
    expect(content.split('\n')[0]).toBe('-DOCSTART- -X- -X- O');
  });
});
