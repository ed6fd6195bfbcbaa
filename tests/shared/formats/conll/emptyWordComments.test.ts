import { describe, expect, it } from 'vitest';
import { keptConllOf, readConll, writeConll } from '../../../../src/shared/formats';
import { file } from '../build';

const NOT_WRITTEN =
  'comment line kept from a CoNLL file not written (conlleval.pl and spaCy would read it as a token)';

// A CoNLL-U file in NorNE's layout, in our own words, whose second sentence's only word is a
// space (tagged O): the reader leaves that line out of the text, and names it.
const CONLLU = [
  '# sent_id = 1',
  '# text = Kari sov',
  '1\tKari\tKari\tPROPN\t_\t_\t2\tnsubj\t_\tname=B-PER',
  '2\tsov\tsove\tVERB\t_\t_\t0\troot\t_\tname=O',
  '',
  '# sent_id = 2',
  '# text =  ',
  '1\t \t_\tX\t_\t_\t0\troot\t_\tname=O',
  '',
  '# sent_id = 3',
  '# text = Ola',
  '1\tOla\tOla\tPROPN\t_\t_\t0\troot\t_\tname=B-PER',
  '',
  '',
].join('\n');

describe('the comment lines of a sentence whose only word is empty', () => {
  it('are written back in a CoNLL-U file, as it was', () => {
    const read = readConll([file('a.conllu', CONLLU)]);
    expect(read.warnings.join('\n')).toContain('line 8');
    const written = writeConll(read);
    expect(written.files[0]?.content).toBe(CONLLU);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('are kept with the next sentence, written back with it, and counted by an export that writes none', () => {
    const tsv = '# one\nEU\tB-ORG\n\n# two\n\tO\n\n# three\nPeter\tB-PER\n\n# four\n \tO\n';
    const [doc] = readConll([file('a.tsv', tsv)]).documents;
    expect(doc?.text).toBe('EU\nPeter');
    expect(keptConllOf(doc?.metadata)?.comments).toEqual([
      [0, '# one'],
      [1, '# two'],
      [1, '# three'],
      [2, '# four'],
    ]);
    const back = writeConll(readConll([file('a.tsv', tsv)]));
    expect(back.files[0]?.content).toBe(
      '# one\nEU\tB-ORG\n\n# two\n# three\nPeter\tB-PER\n\n# four\n',
    );
    expect(back.summary.notExpressed).toEqual({});
    // In another scheme than the file's, where conlleval.pl and spaCy would read them as words.
    const written = writeConll(readConll([file('a.tsv', tsv)]), { scheme: 'bioes' });
    expect(written.summary.notExpressed).toEqual({ [NOT_WRITTEN]: 4 });
  });
});
