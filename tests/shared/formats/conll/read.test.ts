import { describe, expect, it } from 'vitest';
import { readConll, sourceKey } from '../../../../src/shared/formats';
import type { FormatDocument, ReadOptions } from '../../../../src/shared/formats';
import { cp, file, lines, messagesOf, tsv } from '../build';

function read(content: string, options: ReadOptions = {}, path = 'news.conll') {
  return readConll([file(path, content)], options);
}

/** A document's spans as `LABEL covered text`, in order. */
function spansOf(doc: FormatDocument | undefined): string[] {
  const points = [...(doc?.text ?? '')];
  return (doc?.spans ?? []).map((s) => {
    const f = s.fragments[0];
    return `${s.label} ${points.slice(f?.start ?? 0, f?.end ?? 0).join('')}`;
  });
}

const CONLL2003 = lines(
  '-DOCSTART- -X- -X- O',
  '',
  'EU NNP B-NP B-ORG',
  'rejects VBZ B-VP O',
  'German JJ B-NP B-MISC',
  'call NN I-NP O',
  '',
  'Peter NNP B-NP B-PER',
  'Blackburn NNP I-NP I-PER',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'BRUSSELS NNP B-NP B-LOC',
  '1996-08-22 CD I-NP O',
);

describe('readConll', () => {
  it('makes a document per -DOCSTART-, its tokens joined by spaces and its sentences by line breaks', () => {
    const { documents } = read(CONLL2003);
    expect(documents.map((d) => [d.name, d.text])).toEqual([
      ['news-1', 'EU rejects German call\nPeter Blackburn'],
      ['news-2', 'BRUSSELS 1996-08-22'],
    ]);
    expect(spansOf(documents[0])).toEqual(['ORG EU', 'MISC German', 'PER Peter Blackburn']);
    expect(documents[0]?.spans[2]?.fragments).toEqual([{ start: 23, end: 38 }]);
  });

  it('numbers documents as wide as the last, so the project lists them in the file’s order', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `-DOCSTART- O\n\nw${i} O\n`).join('');
    const names = read(twelve).documents.map((d) => d.name);
    expect(names.slice(0, 2)).toEqual(['news-01', 'news-02']);
    expect(names.at(-1)).toBe('news-12');
    expect([...names].sort()).toEqual(names);
  });

  it('names a file without -DOCSTART- lines after the file, as one document', () => {
    const { documents } = read(lines(tsv('EU', 'B-ORG'), tsv('rejects', 'O')), {}, 'a/wnut.tsv');
    expect(documents.map((d) => d.name)).toEqual(['wnut']);
  });

  it('keeps the other columns, the -DOCSTART- line and the scheme in the metadata', () => {
    const [first] = read(CONLL2003).documents;
    expect(first?.metadata).toEqual({
      conll: {
        columns: 4,
        token: 0,
        tag: 3,
        scheme: 'IOB2',
        docstart: '-DOCSTART- -X- -X- O',
        kept: ['NNP B-NP\nVBZ B-VP\nJJ B-NP\nNN I-NP', 'NNP B-NP\nNNP I-NP'],
        order: { file: 'news.conll', index: 0 },
        // The file it was read from, which an export writes it back to.
        file: { name: 'news.conll', source: sourceKey('news.conll'), index: 0 },
      },
    });
  });

  it('counts offsets in code points, and reads tabs, runs of spaces and CRLF alike', () => {
    const content = '😀\tO\r\nBaghdad   B-GPE\r\n\r\nIraq \t B-GPE\r\n';
    const [doc] = read(content).documents;
    expect(doc?.text).toBe('😀 Baghdad\nIraq');
    expect(doc?.spans.map((s) => s.fragments[0])).toEqual([
      { start: 2, end: 9 },
      { start: 10, end: 14 },
    ]);
    expect(cp(doc?.text ?? '', 'Baghdad')).toBe(2);
  });

  it('reads line ends of a carriage return alone (classic Mac OS) as line breaks', () => {
    // The same lines with LF: 'EU rejects German call .' with ORG 0–2 and MISC 11–17.
    const [doc] = read(
      'EU\tB-ORG\rrejects\tO\rGerman\tB-MISC\rcall\tO\r.\tO\r\rIraq O\r',
    ).documents;
    expect(doc?.text).toBe('EU rejects German call .\nIraq');
    expect(doc?.spans.map((s) => [s.label, s.fragments[0]?.start, s.fragments[0]?.end])).toEqual([
      ['ORG', 0, 2],
      ['MISC', 11, 17],
    ]);
  });

  it('keeps # comment lines before a sentence (GermEval 2014: an index column, two tag columns)', () => {
    const content = lines(
      '# sent_id = 1',
      tsv(1, 'Schartau', 'B-PER', 'O'),
      tsv(2, 'sagte', 'O', 'O'),
      '',
      '#\thttp://de.wikipedia.org/wiki/X\t[2009-10-17]\t',
      tsv(1, 'Berlin', 'B-LOC', 'O'),
    );
    const [doc] = read(content, { tagColumn: 3 }).documents;
    expect(doc?.text).toBe('Schartau sagte\nBerlin');
    expect(spansOf(doc)).toEqual(['PER Schartau', 'LOC Berlin']);
    expect(doc?.metadata?.conll).toMatchObject({
      token: 1,
      tag: 2,
      comments: [
        [0, '# sent_id = 1'],
        [1, '#\thttp://de.wikipedia.org/wiki/X\t[2009-10-17]\t'],
      ],
      tabs: true,
      kept: ['1\tO\n2\tO', '1\tO'],
    });
  });

  it('reads a line starting with # as a token where it has the columns and a tag', () => {
    const [doc] = read(lines('EU B-ORG', '', '# O', 'tag O')).documents;
    expect(doc?.text).toBe('EU\n# tag');
  });

  it('detects IOB1 and IOB2 per file, and warns about ill-formed sequences by line', () => {
    const iob1 = read(lines('Peter I-PER', 'Paul B-PER', 'met O', 'Mary I-PER'), {}, 'a.conll');
    expect(spansOf(iob1.documents[0])).toEqual(['PER Peter', 'PER Paul', 'PER Mary']);
    expect(iob1.warnings[0]).toContain('read as IOB1 (detected)');
    const iob2 = read(
      lines('Peter B-PER', 'met O', 'Mary B-PER', 'Smith I-PER', 'and O', 'Jo I-PER'),
    );
    expect(iob2.warnings[0]).toContain('read as IOB2 (detected)');
    expect(iob2.warnings).toContain(
      'news.conll:6: I-PER after O is not IOB2 (a span starts with B-PER); read as conlleval.pl reads it: a PER span starts here',
    );
    expect(spansOf(iob2.documents[0])).toEqual(['PER Peter', 'PER Mary Smith', 'PER Jo']);
  });

  it('reads BIOES, BILOU and IO, and takes --scheme', () => {
    const bioes = read(lines('Adel B-PER', 'Abdul-Mahdi E-PER', 'Iraq S-GPE', 'Iran S-GPE'));
    expect(spansOf(bioes.documents[0])).toEqual(['PER Adel Abdul-Mahdi', 'GPE Iraq', 'GPE Iran']);
    const bilou = read(lines('Iraq U-GPE', 'Iran U-GPE'));
    expect(spansOf(bilou.documents[0])).toEqual(['GPE Iraq', 'GPE Iran']);
    const io = read(lines('Adel PER', 'Mahdi PER', 'in O', 'Iraq GPE', 'on O', 'Friday O'));
    expect(spansOf(io.documents[0])).toEqual(['PER Adel Mahdi', 'GPE Iraq']);
    // Mostly labels, a quarter O (Few-NERD's dense sentences): IO all the same.
    const dense = lines('Adel PER', 'Mahdi PER', 'Iraq GPE', 'in O');
    expect(spansOf(read(dense).documents[0])).toEqual(['PER Adel Mahdi', 'GPE Iraq']);
    // Labels and no O: detection takes it for prose, --scheme io reads it.
    const labels = lines('Adel PER', 'Mahdi PER', 'Iraq GPE');
    expect(messagesOf(() => read(labels))[0]).toContain('does not look like CoNLL / IOB');
    expect(spansOf(read(labels, { scheme: 'io' }).documents[0])).toEqual([
      'PER Adel Mahdi',
      'GPE Iraq',
    ]);
    // Prose of two words a line is not taken for labels: no line ends in O.
    const prose = lines('Dear Sir', 'Kind regards', 'See you', 'Thank you');
    expect(messagesOf(() => read(prose))[0]).toContain('does not look like CoNLL / IOB');
    expect(messagesOf(() => read(lines('Iraq S-GPE', 'Iran O'), { scheme: 'iob2' }))).toEqual([
      'news.conll:1: "S-GPE" in column 2 is not a IOB2 tag (O, B-…, I-…); check --scheme',
    ]);
  });

  it('reads the tag column it is given, and refuses all-O tags beside a column of tags', () => {
    const content = lines('EU B-ORG O', 'rejects O O');
    expect(messagesOf(() => read(content))).toEqual([
      'news.conll: every tag in column 3 (the last) is O, but column 2 holds tags (B-ORG, …): the tags may be there; pass --tag-column 2 to read them, or --tag-column 3 to import the tokens without spans',
    ]);
    expect(spansOf(read(content, { tagColumn: 2 }).documents[0])).toEqual(['ORG EU']);
    expect(read(content, { tagColumn: 3 }).documents[0]?.spans).toEqual([]);
  });

  it('reads tags before tokens, as the MIT movie and restaurant corpora write them', () => {
    // engtrain.bio of the MIT Movie corpus: the tag, a tab, the token.
    const content = lines(
      tsv('O', 'what'),
      tsv('B-ACTOR', 'bruce'),
      tsv('I-ACTOR', 'willis'),
      tsv('O', 'film'),
    );
    const detected = read(content, {}, 'engtrain.bio');
    expect(spansOf(detected.documents[0])).toEqual(['ACTOR bruce willis']);
    expect(detected.documents[0]?.text).toBe('what bruce willis film');
    expect(spansOf(read(content, { tagColumn: 1 }).documents[0])).toEqual(['ACTOR bruce willis']);
  });

  it('refuses lines with other columns, values that are not tags, and mixed schemes, by line', () => {
    expect(messagesOf(() => read(lines('EU NNP B-ORG', 'rejects O')))).toEqual([
      'news.conll:2: has 2 columns, but line 1, the first of its sentence, has 3; every line of a sentence has the same columns (token, …, tag)',
    ]);
    expect(messagesOf(() => read(lines('EU B-ORG', '', 'rejects NN O')))).toEqual([
      "news.conll:3: its sentence has 3 columns, but line 1, the file's first token line, has 2; every line of the file has the same columns",
    ]);
    expect(messagesOf(() => read(lines('EU B-ORG', 'rejects B-')))).toEqual([
      'news.conll:2: "B-" in column 2 is not a tag: tags are O, or a prefix (B-, I-, E-, S-, L-, U-) and a type, such as B-PER',
    ]);
    expect(messagesOf(() => read(lines('EU S-ORG', 'said O', 'Iraq U-GPE')))[0]).toContain(
      'mix BIOES (E-, S-) and BILOU (L-, U-)',
    );
    expect(messagesOf(() => read(lines('EU B-ORG', 'said O', 'Iraq GPE')))).toEqual([
      'news.conll:3: "GPE" in column 2 is a bare label among prefixed tags (B-…, I-…); write it I-GPE or B-GPE, or pass --scheme io if every tag is a bare label',
    ]);
  });

  it('refuses empty, binary and prose files, saying how to import prose', () => {
    expect(messagesOf(() => read(' \n\n'))).toEqual([
      'news.conll: the file is empty: a CoNLL / IOB file has a token and its tag on each line, a blank line between sentences',
    ]);
    expect(messagesOf(() => read('EU B-ORG\n\u0000\u0001'))).toEqual([
      'news.conll:2: NUL character: this looks like a binary file, not CoNLL / IOB text',
    ]);
    const prose = 'The US rejected the request of Iraq.\nBaghdad said nothing.\n';
    expect(messagesOf(() => read(prose, {}, 'report.txt'))).toEqual([
      'report.txt:1: does not look like CoNLL / IOB: 2 of its first 2 lines do not end in a tag such as O or B-ORG (a line is a token, other columns, and its tag); if it is plain text, import it with --format txt',
    ]);
  });

  it('reads a long file in one pass: 200,000 lines, every tenth token a span', () => {
    const rows: string[] = [];
    for (let i = 0; i < 200_000; i++)
      rows.push(i % 20 === 19 ? '' : `w${i} NN ${i % 10 === 0 ? 'B-X' : 'O'}`);
    const [doc] = read(`${rows.join('\n')}\n`).documents;
    expect(doc?.spans.length).toBe(20_000);
    expect(doc?.text.split('\n').length).toBe(10_000);
  });
});
