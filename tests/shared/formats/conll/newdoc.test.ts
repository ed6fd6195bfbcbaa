import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { bundle, doc, file, span } from '../build';

const EWT = readFileSync(
  join(import.meta.dirname, '../../../fixtures/real/conllu/ewt-dev-3docs.conllu'),
  'utf8',
);
/** The excerpt's `# newdoc id` values, in order (SOURCES.md: counted with grep). */
const EWT_IDS = [
  'weblog-blogspot.com_nominations_20041117172713_ENG_20041117_172713',
  'weblog-blogspot.com_gettingpolitical_20030906235000_ENG_20030906_235000',
  'answers-20101109081414AAZ3hSI_ans',
];

/** Names added to the treebank's words (ours, not its own): FORM → tag. */
const ADDED: Record<string, string> = {
  AP: 'ORG',
  Bush: 'PER',
  Washington: 'GPE',
  Hamas: 'ORG',
  Sharon: 'PER',
  Argentina: 'GPE',
};
/** The excerpt with a `name=B-…` MISC entry on each word of {@link ADDED}. */
const NAMED = EWT.split('\n')
  .map((line) => {
    const columns = line.split('\t');
    const type = ADDED[columns[1] ?? ''];
    if (columns.length !== 10 || !type) return line;
    const misc = columns[9] === '_' ? [] : (columns[9] ?? '').split('|');
    columns[9] = [...misc, `name=B-${type}`].join('|');
    return columns.join('\t');
  })
  .join('\n');
/** The names per document, by hand. */
const NAMED_SPANS = [
  ['ORG AP', 'PER Bush', 'GPE Washington'],
  ['ORG Hamas', 'PER Sharon'],
  ['GPE Argentina', 'GPE Argentina'],
];

const spansOf = (read: FormatBundle) =>
  read.documents.map((d) =>
    d.spans.map((s) => `${s.label} ${d.text.slice(s.fragments[0]?.start, s.fragments[0]?.end)}`),
  );

const MADE_COMMENTS =
  'comment line kept from a CoNLL file written among the # lines before its sentence in CoNLL-U';
const TRAILING =
  'comment line kept from a CoNLL file after its last sentence not written: the document was written as CoNLL-U from its words, whose # lines go before a sentence';
const NEWDOC_NOTE =
  'CoNLL-U document without a -DOCSTART- or # newdoc line of its own written after another: # newdoc id = its name before its first sentence, so it reads back apart';

/** A CoNLL-U sentence of one word, `word`, named `tag` in MISC (`_` for none). */
const sentence = (word: string, tag = '_', comments: string[] = []) => [
  ...comments,
  `1\t${word}\t${word.toLowerCase()}\tPROPN\t_\t_\t0\troot\t_\t${tag}`,
  '',
];

describe('CoNLL-U documents at # newdoc lines', () => {
  it('reads a Universal Dependencies treebank excerpt as its three documents and writes it back byte for byte', () => {
    expect(EWT.match(/^# newdoc/gmu)).toHaveLength(3);
    const read = readConll([file('en_ewt-ud-dev.conllu', EWT)]);
    expect(read.documents.map((d) => d.name)).toEqual(EWT_IDS);
    // Each sentence reads as the treebank's own `# text` line: no space after SpaceAfter=No
    // (`wheel-chair`), the words of a multiword token run together (`1-2 Today's`: `Today` `'s`).
    const sentences = read.documents.flatMap((d) => d.text.split('\n'));
    const texts = EWT.split('\n').filter((l) => l.startsWith('# text = '));
    expect(sentences).toEqual(texts.map((l) => l.slice('# text = '.length)));
    expect(sentences[2]).toBe(
      'The sheikh in wheel-chair has been attacked with a F-16-launched bomb.',
    );
    // Empty nodes (`11.1`) and multiword token lines are no words of the text.
    expect(read.documents[1]?.text.split('\n')[2]?.startsWith("Today's incident")).toBe(true);
    expect(read.documents[2]?.text).not.toContain(' _ ');
    expect(spansOf(read)).toEqual([[], [], []]);
    expect(read.warnings.join('\n')).toContain('without name tags in MISC');
    const written = writeConll(read);
    expect(written.files[0]?.content).toBe(EWT);
    expect(written.summary.notExpressed).toEqual({});
    expect(written.summary.notes).toBeUndefined();
  });

  it('writes names added in Loupe into MISC as name=…, every other line as it was', () => {
    const [first, ...rest] = readConll([file('ewt.conllu', EWT)]).documents;
    if (!first) throw new Error('a document');
    // `From the AP comes …`: AP (9–11) named ORG.
    const content = writeConll(bundle({ ...first, spans: [span(9, 11, 'ORG')] }, ...rest)).files[0]
      ?.content;
    expect(content).toBe(
      EWT.replace(
        '3\tAP\tAP\tPROPN\tNNP\tNumber=Sing\t4\tobl\t4:obl:from\t_',
        '3\tAP\tAP\tPROPN\tNNP\tNumber=Sing\t4\tobl\t4:obl:from\tname=B-ORG',
      ),
    );
  });

  it('reads names in MISC per document, and an export beside a document from elsewhere back as four', () => {
    const read = readConll([file('named.conllu', NAMED)]);
    expect(spansOf(read)).toEqual(NAMED_SPANS);
    expect(writeConll(read).files[0]?.content).toBe(NAMED);
    const plain = doc('Mike Pompeo spoke.', { name: 'plain doc', spans: [span(0, 11, 'PER')] });
    const out = writeConll(bundle(...read.documents, plain)).files[0]?.content ?? '';
    const back = readConll([file('back.conllu', out)]);
    expect(back.documents.map((d) => d.name)).toEqual([...EWT_IDS, 'plain_doc']);
    expect(spansOf(back)).toEqual([...NAMED_SPANS, ['PER Mike Pompeo']]);
  });

  it('round-trips a mixed project of three documents: two CoNLL-U files without document lines and one from elsewhere', () => {
    const a = sentence('Oslo', 'name=B-GPE').join('\n');
    const b = sentence('Kari', 'name=B-PER').join('\n');
    const read = readConll([file('a.conllu', a), file('b.conllu', b)]);
    const plain = doc('Mike Pompeo spoke.', { name: 'plain', spans: [span(0, 11, 'PER')] });
    const written = writeConll(bundle(...read.documents, plain));
    const content = written.files[0]?.content ?? '';
    // b.conllu's document follows another: a # newdoc line opens it, after a blank line (a.conllu
    // ended without one: its sentence and b's would join); a.conllu's is first, as it was.
    expect(content.startsWith(`${a}\n# newdoc id = b\n${b}`)).toBe(true);
    expect(written.summary.notes?.[NEWDOC_NOTE]).toBe(1);
    expect(written.summary.notExpressed).toEqual({});
    const back = readConll([file('back.conllu', content)]);
    expect(back.documents.map((d) => d.name)).toEqual(['back-1', 'b', 'plain']);
    expect(spansOf(back)).toEqual([['GPE Oslo'], ['PER Kari'], ['PER Mike Pompeo']]);
  });

  it('makes the sentences before the first # newdoc a document of their own, and only when there are some', () => {
    const lines = [
      ...sentence('Oslo'),
      ...sentence('Kari', '_', ['# newdoc id = second', '# sent_id = 2']),
      ...sentence('Bergen', '_', ['# sent_id = 3', '# newdoc']),
    ].join('\n');
    const read = readConll([file('f.conllu', lines)]);
    expect(read.documents.map((d) => [d.name, d.text])).toEqual([
      ['f-1', 'Oslo'],
      ['second', 'Kari'],
      ['f-3', 'Bergen'], // a # newdoc without an id: numbered, as -DOCSTART- documents are
    ]);
    expect(writeConll(read).files[0]?.content).toBe(lines);
    const opened = ['# newdoc id = x', ...sentence('Oslo').slice(0, 1), ''].join('\n');
    expect(readConll([file('g.conllu', opened)]).documents.map((d) => d.name)).toEqual(['x']);
  });

  it('reads a file mixing -DOCSTART- and # newdoc: a # newdoc right after -DOCSTART- names its document', () => {
    const lines = [
      '-DOCSTART-',
      '',
      ...sentence('Oslo', 'name=B-GPE', ['# newdoc id = first']),
      ...sentence('Kari', 'name=B-PER', ['# newdoc id = second']),
      '-DOCSTART-',
      '',
      ...sentence('Bergen', 'name=B-GPE'),
      ...sentence('Mari', 'name=B-PER', ['# newdoc id = first']),
    ].join('\n');
    const read = readConll([file('m.conllu', lines)]);
    // An id given twice gets -2, as another document of the file already has it.
    expect(read.documents.map((d) => d.name)).toEqual(['first', 'second', 'm-3', 'first-2']);
    expect(spansOf(read)).toEqual([['GPE Oslo'], ['PER Kari'], ['GPE Bergen'], ['PER Mari']]);
    expect(writeConll(read).files[0]?.content).toBe(lines);
  });

  it('keeps a name from a # newdoc line a label: a path or control character is no name', () => {
    const lines = [
      ...sentence('Oslo', '_', ['# newdoc id = ../../etc/passwd']),
      ...sentence('Kari', '_', ['# newdoc id = a\u0007b']),
    ].join('\n');
    const names = readConll([file('p.conllu', lines)]).documents.map((d) => d.name);
    expect(names).toEqual(['../../etc/passwd', 'p-2']);
  });

  it('does not read a ten-column file tagged in its last column as CoNLL-U', () => {
    const lines = [
      '1\tEU\t_\t_\t_\t_\t_\t_\t_\tB-ORG',
      '',
      '# newdoc id = x',
      '1\tGerman\t_\t_\t_\t_\t_\t_\t_\tB-MISC',
      '',
    ];
    const read = readConll([file('t.conll', lines.join('\n'))]);
    expect(read.documents).toHaveLength(1);
    expect(spansOf(read)).toEqual([['ORG EU', 'MISC German']]);
  });

  it('writes the # lines a CoNLL file kept before their sentences when its document is made into CoNLL-U', () => {
    // GermEval 2014's layout, in our own words: a # source line before each sentence, one after the last.
    const germeval = [
      '#\tsource-a\t[2010-07-04]',
      '1\tEcce\tB-OTH\tO',
      '2\thomo\tI-OTH\tO',
      '',
      '#\tsource-b\t[2009-08-13]',
      '1\tJesu\tB-PER\tO',
      '',
      '#\tafter the last',
      '',
    ].join('\n');
    const g = readConll([file('g.tsv', germeval)], { tagColumn: 3 }).documents;
    const u = readConll([file('u.conllu', sentence('Oslo', 'name=B-GPE').join('\n'))]).documents;
    const written = writeConll(bundle(...u, ...g));
    const lines = (written.files[0]?.content ?? '').split('\n');
    expect(lines.slice(2, 6)).toEqual([
      '# newdoc id = g',
      '#\tsource-a\t[2010-07-04]',
      '# sent_id = g-1',
      '# text = Ecce homo',
    ]);
    expect(lines.slice(9, 12)).toEqual([
      '#\tsource-b\t[2009-08-13]',
      '# sent_id = g-2',
      '# text = Jesu',
    ]);
    expect(written.summary.notes?.[MADE_COMMENTS]).toBe(2);
    expect(written.summary.notExpressed[TRAILING]).toBe(1);
  });
});

describe('a # newdoc line in a block of # lines of its own', () => {
  // The excerpt with a blank line after each `# newdoc` line, as some CoNLL-U writers set it apart.
  const apart = EWT.replace(/^(# newdoc[^\n]*\n)/gmu, '$1\n');

  it('still opens a document, named by its id', () => {
    expect(apart).not.toBe(EWT);
    const read = readConll([{ path: 'ewt.conllu', content: apart }]);
    expect(read.documents.map((d) => d.name)).toEqual(EWT_IDS);
    const once = readConll([{ path: 'ewt.conllu', content: EWT }]);
    expect(read.documents.map((d) => d.text)).toEqual(once.documents.map((d) => d.text));
  });

  it('is written back where it was, byte for byte', () => {
    const written = writeConll(readConll([{ path: 'ewt.conllu', content: apart }]));
    expect(written.files[0]?.content).toBe(apart);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('with a # newpar line and a blank line after it too', () => {
    const content = [
      '# newdoc id = b',
      '# newpar',
      '',
      '# sent_id = 1',
      '1\tOne\t_\t_\t_\t_\t0\troot\t_\tname=B-PER',
      '',
      '# newdoc id = a',
      '',
      '1\tTwo\t_\t_\t_\t_\t0\troot\t_\tname=O',
      '',
    ].join('\n');
    const read = readConll([{ path: 'x.conllu', content }]);
    expect(read.documents.map((d) => [d.name, d.text])).toEqual([
      ['b', 'One'],
      ['a', 'Two'],
    ]);
    expect(writeConll(read).files[0]?.content).toBe(content);
  });
});
