import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import { bundle, cp, file, span } from '../build';

/** GermEval 2014's first sentences (source and licence: SOURCES.md there). */
const GERMEVAL = readFileSync(
  join(import.meta.dirname, '../../../fixtures/conll/germeval2014-NER-de-dev.tsv'),
  'utf8',
);

const JOINED =
  "comment line of a sentence a span joins to the one before it written before the joined sentence, after that one's (a # line among its words would read as a word)";

describe('comment lines of sentences a span joins', () => {
  it('stay before the sentence they belonged to, the joined one, in their order, said in the notes', () => {
    const [first] = readConll([file('NER-de-dev.tsv', GERMEVAL)], { tagColumn: 3 }).documents;
    if (!first) throw new Error('nothing read');
    // A span from the first sentence's last word (".") over the line break to the second's first ("1980").
    const from = cp(first.text, 'Jesu .') + 5;
    const edited = {
      ...first,
      spans: [...first.spans, span(from, cp(first.text, '1980') + 4, 'OTH')],
    };
    const written = writeConll(bundle(edited));
    const [one = '', two = '', ...rest] = GERMEVAL.split('\n\n');
    const [ownComment = '', ...ownWords] = one.split('\n');
    const [comment = '', ...words] = two.split('\n');
    // The known answer: the file's lines, the second sentence's # line moved up to the first's,
    // the blank line between the two gone (CoNLL never parts a span), the two words tagged.
    const expected = [
      [ownComment, comment, ...ownWords, ...words]
        .join('\n')
        .replace('18\t.\tO\tO', '18\t.\tB-OTH\tO')
        .replace('1\t1980\tO\tO', '1\t1980\tI-OTH\tO'),
      ...rest,
    ].join('\n\n');
    expect(written.files[0]?.content).toBe(expected);
    expect(written.summary.notes).toEqual({ [JOINED]: 1 });
    // Read back: each # line still comes before its own source's words, and the span is one.
    const back = readConll([file('back.tsv', expected)], { tagColumn: 3 }).documents[0];
    expect(back?.spans.length).toBe(first.spans.length + 1);
  });
});
