import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { bundle, cp, file, lines, span, tsv } from '../build';

// CoNLL-2003's layout (token, part of speech, chunk, NER in IOB1), in our own words, as a
// Windows editor saves it: every line ended by CRLF.
const WINDOWS = lines(
  '-DOCSTART- -X- -X- O',
  '',
  'U.S. NNP I-NP I-LOC',
  'officials NNS I-NP O',
  'agree VB I-VP O',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Peter NNP I-NP I-PER',
  'Blackburn NNP I-NP I-PER',
  '',
).replaceAll('\n', '\r\n');

function read(path: string, content: string): FormatBundle {
  return readConll([file(path, content)]);
}

function contentOf(written: { files: readonly { content: string }[] }): string {
  return written.files[0]?.content ?? '';
}

function withSpan(doc: FormatDocument | undefined, word: string, label: string): FormatDocument {
  if (!doc) throw new Error('nothing read');
  const at = cp(doc.text, word);
  return { ...doc, spans: [...doc.spans, span(at, at + word.length, label)] };
}

describe('a CoNLL file’s line ends and blanks at line ends', () => {
  it('come back byte for byte from a file of CRLF line ends when nothing changed', () => {
    const written = writeConll(read('win.conll', WINDOWS));
    expect(contentOf(written)).toBe(WINDOWS);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('come back byte for byte with spaces and tabs after a line’s last column, and a blank line of spaces', () => {
    // Our own words: a token line ending in a space, one in a tab, a blank line holding spaces.
    const source = ['EU B-ORG ', 'rejects O\t', '   ', 'Peter B-PER', 'left O  ', ''].join('\n');
    expect(contentOf(writeConll(read('a.conll', source)))).toBe(source);
    const crlf = source.replaceAll('\n', '\r\n');
    expect(contentOf(writeConll(read('a.conll', crlf)))).toBe(crlf);
    // Without a line break at the end, and with two blank lines there.
    for (const end of ['', '\r\n\r\n\r\n']) {
      const ended = crlf.replace(/\r\n$/u, end);
      expect(contentOf(writeConll(read('a.conll', ended)))).toBe(ended);
    }
  });

  it('come back byte for byte from GermEval 2014’s layout saved with CRLF: # lines ending in a tab', () => {
    // GermEval 2014's layout in our own words (an index column, two tag columns, # source lines).
    const source = [
      tsv('#', 'http://example.org/a', '[2010-07-04]', ''),
      tsv(1, 'Ecce', 'B-OTH', 'O'),
      tsv(2, 'homo', 'I-OTH', 'O'),
      '',
      tsv('#', 'http://example.org/b', '[2009-08-13]', ''),
      tsv(1, 'Toyota', 'B-ORG', 'O'),
      '',
      '',
    ].join('\r\n');
    const b = readConll([file('g.tsv', source)], { tagColumn: 3 });
    expect(b.documents[0]?.spans.length).toBe(2);
    expect(contentOf(writeConll(b))).toBe(source);
  });

  it('use the file’s CRLF in a document that changed; one that did not comes back as it was', () => {
    const source = WINDOWS.replace('agree VB I-VP O', 'agree VB I-VP O  ');
    const [us, peter] = read('win.conll', source).documents;
    const written = contentOf(
      writeConll(bundle(withSpan(us, 'agree', 'ACT'), ...(peter ? [peter] : []))),
    );
    expect(written).toBe(source.replace('agree VB I-VP O  ', 'agree VB I-VP I-ACT'));
    expect(written.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('keep a blank line between documents written in another order, each in its own line ends', () => {
    const [us, peter] = read('win.conll', WINDOWS).documents;
    const lf = read('lf.conll', 'Iraq I-LOC\nsaid O\n').documents[0];
    if (!us || !peter || !lf) throw new Error('nothing read');
    const written = contentOf(writeConll(bundle(peter, lf, us)));
    const crlf = (...rows: string[]) => lines(...rows).replaceAll('\n', '\r\n');
    expect(written).toBe(
      crlf('-DOCSTART- -X- -X- O', '', 'Peter NNP I-NP I-PER', 'Blackburn NNP I-NP I-PER', '') +
        lines('-DOCSTART- -X- O O', '', 'Iraq -X- _ I-LOC', 'said -X- _ O', '') +
        crlf(
          '-DOCSTART- -X- -X- O',
          '',
          'U.S. NNP I-NP I-LOC',
          'officials NNS I-NP O',
          'agree VB I-VP O',
          '',
        ),
    );
    expect(read('back.conll', written).documents.map((d) => d.text)).toEqual([
      'Peter Blackburn',
      'Iraq said',
      'U.S. officials agree',
    ]);
  });
});
