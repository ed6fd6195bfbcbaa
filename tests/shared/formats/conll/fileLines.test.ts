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

// Files in our own words, in the layouts users bring: a Windows editor's UTF-8 byte-order
// mark before the first line, columns aligned by runs of spaces (CoNLL-2000 chunking copies,
// hand-made files), sentences tagged inline saved with CRLF line ends.
const BOM = '\uFEFF';

describe('a UTF-8 byte-order mark at the start of a CoNLL file', () => {
  it('comes back at the start of an unedited export, the text without it', () => {
    for (const [path, source] of [
      ['a.conll', lines('EU B-ORG', 'rejects O', '', 'Peter B-PER', '')],
      ['a.tsv', lines(tsv('EU', 'B-ORG'), tsv('rejects', 'O'), '')],
      ['crlf.tsv', lines(tsv('EU', 'B-ORG'), tsv('rejects', 'O'), '').replaceAll('\n', '\r\n')],
      [
        'a.conllu',
        lines('# text = EU', tsv(1, 'EU', '_', '_', '_', '_', '_', '_', '_', 'name=B-ORG'), ''),
      ],
    ] as const) {
      const marked = read(path, BOM + source);
      expect(marked.documents[0]?.text.startsWith('EU')).toBe(true);
      expect(contentOf(writeConll(marked))).toBe(BOM + source);
    }
  });

  it('stays at the start when a span is added, and only there', () => {
    const source = BOM + lines('EU B-ORG', 'rejects O', '', '-DOCSTART- O', '', 'Peter O', '');
    const [first, second] = read('a.conll', source).documents;
    if (!first || !second) throw new Error('two documents expected');
    const content = contentOf(writeConll(bundle(first, withSpan(second, 'Peter', 'PER'))));
    expect(content).toBe(
      BOM + lines('EU B-ORG', 'rejects O', '', '-DOCSTART- O', '', 'Peter B-PER', ''),
    );
  });

  it('is not written for a file without one, nor in the shape a scheme asked for gives', () => {
    expect(contentOf(writeConll(read('a.conll', 'EU B-ORG\n')))).toBe('EU B-ORG\n');
    // conlleval.pl and spaCy's converter would read it as part of the first word.
    const asked = contentOf(writeConll(read('a.conll', `${BOM}EU B-ORG\n`), { scheme: 'bioes' }));
    expect(asked).toBe('EU S-ORG\n');
  });
});

describe('columns aligned by runs of spaces', () => {
  // CoNLL-2000's layout (token, part of speech, chunk) with a name column, aligned by hand.
  const ALIGNED = lines(
    'EU       NNP  B-NP  B-ORG',
    'rejects  VBZ  B-VP  O',
    'German   JJ   B-NP  B-MISC',
    '',
    'Peter    NNP  B-NP  B-PER',
    'Blackburn NNP I-NP I-PER',
    '',
  );

  it('are read as single columns and come back as they were when nothing changed', () => {
    const aligned = read('aligned.conll', ALIGNED);
    expect(aligned.documents[0]?.text).toBe('EU rejects German\nPeter Blackburn');
    expect(aligned.documents[0]?.spans.map((s) => s.label)).toEqual(['ORG', 'MISC', 'PER']);
    expect(contentOf(writeConll(aligned))).toBe(ALIGNED);
    const crlf = ALIGNED.replaceAll('\n', '\r\n');
    expect(contentOf(writeConll(read('aligned.conll', crlf)))).toBe(crlf);
  });

  it('and with their own line ends, one space apart, once a tag changed', () => {
    const crlf = ALIGNED.replaceAll('\n', '\r\n');
    const [doc] = read('aligned.conll', crlf).documents;
    const edited = withSpan(doc, 'rejects', 'EVENT');
    const content = contentOf(writeConll(bundle(edited)));
    expect(content.split('\r\n').slice(0, 3)).toEqual([
      'EU NNP B-NP B-ORG',
      'rejects VBZ B-VP B-EVENT',
      'German JJ B-NP B-MISC',
    ]);
  });
});

describe('sentences of tokens tagged inline, saved with CRLF line ends', () => {
  // spaCy's `iob` converter's layout (word|tag, a sentence per line) in our own words.
  const PIPED = lines('I|O like|O London|B-GPE', 'He|O went|O to|O New|B-LOC York|I-LOC', '');

  it('are written back inline in the file’s CRLF line ends', () => {
    const crlf = PIPED.replaceAll('\n', '\r\n');
    expect(contentOf(writeConll(read('a.iob', crlf)))).toBe(crlf);
  });

  it('and after a byte-order mark when the file began with one', () => {
    expect(contentOf(writeConll(read('a.iob', BOM + PIPED)))).toBe(BOM + PIPED);
  });
});
