import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import { bundle, doc, file, span } from '../build';

const MADE =
  'document not imported from CoNLL-U written as CoNLL-U beside documents that were (one file holds one layout): ID, FORM and its name in MISC, the other columns _, # newdoc before it';

// NorNE's layout (ten columns, `name=` on every word), in our own words, in two documents
// after -DOCSTART- lines; the second has a multiword token (2-3) and an empty node (4.1).
const FIRST = [
  '# sent_id = a-1',
  '# text = Kari bor i Oslo.',
  '1\tKari\tKari\tPROPN\t_\t_\t2\tnsubj\t_\tname=B-PER',
  '2\tbor\tbo\tVERB\t_\t_\t0\troot\t_\tname=O',
  '3\ti\ti\tADP\t_\t_\t4\tcase\t_\tname=O',
  '4\tOslo\tOslo\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No|name=B-GPE_LOC',
  '5\t.\t$.\tPUNCT\t_\t_\t2\tpunct\t_\tname=O',
  '',
];
const SECOND = [
  '# sent_id = b-1',
  '# text = Vamos al Prado.',
  '1\tVamos\tir\tVERB\t_\t_\t0\troot\t_\tname=O',
  '2-3\tal\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\ta\ta\tADP\t_\t_\t4\tcase\t_\tname=O',
  '3\tel\tel\tDET\t_\t_\t4\tdet\t_\tname=O',
  '4\tPrado\tPrado\tPROPN\t_\t_\t1\tobl\t_\tSpaceAfter=No|name=B-ORG',
  '4.1\t_\t_\tVERB\t_\t_\t_\t_\t1:root\t_',
  '5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\tname=O',
  '',
];
const TWO = ['-DOCSTART-', '', ...FIRST, '-DOCSTART-', '', ...SECOND, ''].join('\n');

/** `Mike Pompeo spoke.` with Mike Pompeo a PER, as CoNLL-U: ID, FORM, `_`, the name in MISC. */
const PLAIN = doc('Mike Pompeo spoke.', { name: 'plain doc', spans: [span(0, 11, 'PER')] });
const PLAIN_LINES = [
  '# newdoc id = plain_doc',
  '# sent_id = plain_doc-1',
  '# text = Mike Pompeo spoke.',
  '1\tMike\t_\t_\t_\t_\t_\t_\t_\tname=B-PER',
  '2\tPompeo\t_\t_\t_\t_\t_\t_\t_\tname=I-PER',
  '3\tspoke\t_\t_\t_\t_\t_\t_\t_\tname=O|SpaceAfter=No',
  '4\t.\t_\t_\t_\t_\t_\t_\t_\tname=O',
  '',
  '',
];

const spansOf = (content: string) =>
  readConll([file('back.conllu', content)]).documents.map((d) =>
    d.spans.map((s) => `${s.label} ${d.text.slice(s.fragments[0]?.start, s.fragments[0]?.end)}`),
  );

describe('CoNLL-U files of several documents, and CoNLL-U beside other documents', () => {
  it('reads each -DOCSTART- document of a CoNLL-U file and writes the file back as it was', () => {
    const read = readConll([file('two.conllu', TWO)]);
    expect(spansOf(TWO)).toEqual([['PER Kari', 'GPE_LOC Oslo'], ['ORG Prado']]);
    const written = writeConll(read);
    expect(written.files[0]?.content).toBe(TWO);
    expect(written.summary.notExpressed).toEqual({});
    expect(written.summary.notes).toBeUndefined();
  });

  it('writes an edited name into its word’s MISC, the other lines of both documents as they were', () => {
    const [first, second] = readConll([file('two.conllu', TWO)]).documents;
    if (!first || !second) throw new Error('two documents');
    // `Vamos a el Prado .`: Vamos (0–5) named PER, Prado's name removed.
    const edited = { ...second, spans: [span(0, 5, 'PER')] };
    const content = writeConll(bundle(first, edited)).files[0]?.content ?? '';
    const expected = TWO.replace(
      '1\tVamos\tir\tVERB\t_\t_\t0\troot\t_\tname=O',
      '1\tVamos\tir\tVERB\t_\t_\t0\troot\t_\tname=B-PER',
    ).replace('SpaceAfter=No|name=B-ORG', 'SpaceAfter=No|name=O');
    expect(content).toBe(expected);
  });

  it('writes a document from elsewhere as CoNLL-U after the CoNLL-U one, and says so', () => {
    const one = FIRST.join('\n') + '\n';
    const read = readConll([file('one.conllu', one)]);
    const written = writeConll(bundle(...read.documents, PLAIN));
    const content = written.files[0]?.content ?? '';
    expect(content).toBe([...FIRST, ...PLAIN_LINES].join('\n'));
    expect(written.summary.notes).toEqual({ [MADE]: 1 });
    expect(written.summary.notExpressed).toEqual({});
    // Loupe reads it back as two documents: its # newdoc line opens one.
    expect(spansOf(content)).toEqual([['PER Kari', 'GPE_LOC Oslo'], ['PER Mike Pompeo']]);
  });

  it('opens it with a -DOCSTART- line as the CoNLL-U documents were, so it reads back apart', () => {
    const read = readConll([file('two.conllu', TWO)]);
    const content = writeConll(bundle(...read.documents, PLAIN)).files[0]?.content ?? '';
    expect(content).toBe([TWO + '-DOCSTART-', '', ...PLAIN_LINES].join('\n'));
    expect(spansOf(content)).toEqual([
      ['PER Kari', 'GPE_LOC Oslo'],
      ['ORG Prado'],
      ['PER Mike Pompeo'],
    ]);
  });

  it('puts a blank line before it when the CoNLL-U file ended without one', () => {
    const bare = FIRST.slice(0, -1).join('\n'); // no line break after the last word
    const read = readConll([file('one.conllu', bare)]);
    const content = writeConll(bundle(...read.documents, PLAIN)).files[0]?.content ?? '';
    expect(content).toBe([...FIRST, ...PLAIN_LINES].join('\n'));
  });
});
