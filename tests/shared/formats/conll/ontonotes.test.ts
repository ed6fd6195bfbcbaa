import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, keptConllOf, readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { span } from '../build';

/** Real OntoNotes / CoNLL-2012 files (sources: SOURCES.md there). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/conll2012');

function content(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function read(name: string, text = content(name)): FormatBundle {
  return readConll([{ path: name, content: text }]);
}

/** Each span as `label:covered text` (offsets in code points). */
function spansOf(doc: FormatDocument): string[] {
  return doc.spans.map((s) => {
    const [f] = s.fragments;
    return `${s.label}:${[...doc.text].slice(f?.start, f?.end).join('')}`;
  });
}

describe('OntoNotes / CoNLL-2012 import', () => {
  // Counted by hand with awk over column 11 (see SOURCES.md): 4 parts, 13 names.
  it('reads a document per #begin document … part, named <id>-<part>, names from column 11', () => {
    const { documents } = read('cctv_0000.gold_conll');
    expect(documents.map((d) => d.name)).toEqual([
      'bc/cctv/00/cctv_0000-000',
      'bc/cctv/00/cctv_0000-001',
      'bc/cctv/00/cctv_0000-003',
      'bc/cctv/00/cctv_0000-005',
    ]);
    expect(documents.map(spansOf)).toEqual([
      ['DATE:the summer of 2005', 'GPE:Hong Kong', 'GPE:Hong Kong', 'ORDINAL:fifth', 'ORG:Disney'],
      ['DATE:over a century'],
      [
        'GPE:Hong Kong',
        'QUANTITY:one thousand - plus square kilometers',
        'GPE:Hong Kong',
        'GPE:Hong Kong',
      ],
      ['FAC:Hong Kong Wetland Park', 'GPE:Hong Kong SAR', 'GPE:Hong Kong'],
    ]);
  });

  it('joins the words by one space and the sentences by a line break, as the CoNLL reader does', () => {
    const [first] = read('cctv_0000.gold_conll').documents;
    const lines = first?.text.split('\n') ?? [];
    // 3 sentences in part 000: 27, 24 and 14 token lines.
    expect(lines.map((l) => l.split(' ').length)).toEqual([27, 24, 14]);
    expect(lines[2]).toBe("The world 's fifth Disney park will soon open to the public here .");
  });

  it('reads tab-separated lines, and (TYPE) names of one word', () => {
    const [doc] = read('cnn_0115-tabs.gold_conll').documents;
    expect(doc?.name).toBe('bn/cnn/01/cnn_0115-000');
    expect(spansOf(doc as FormatDocument)).toEqual([
      'GPE:Mali',
      'DATE:last month',
      'DATE:four months',
      'PERSON:Denise Dillon',
      'WORK_OF_ART:Headline News',
    ]);
  });

  it('imports a file without names with a warning, not as an error', () => {
    const { documents, warnings } = read('cnn_0115-names-none.gold_conll');
    expect(documents[0]?.spans).toEqual([]);
    expect(warnings.join('\n')).toMatch(/every cell of column 11 is "\*": no names/);
  });

  it('keeps the columns before the names for the token-per-line export, the source for its own', () => {
    const [doc] = read('cnn_0115.gold_conll').documents;
    const kept = keptConllOf(doc?.metadata);
    expect(kept).toMatchObject({ columns: 11, token: 3, tag: 10, scheme: 'OntoNotes brackets' });
    expect(kept?.kept?.[0]?.split('\n')[0]).toBe(
      'test/test/01/test_001 0 0 NNP (TOP(S(NP(NML* - - - -',
    );
    expect(kept?.ontonotes?.source).toBe(content('cnn_0115.gold_conll'));
  });

  it('finds the names by their shape when the file has fewer columns before them', () => {
    // The cnn file without its lemma, frameset, sense and speaker columns: names in column 7.
    const short = content('cnn_0115-tabs.gold_conll')
      .split('\n')
      .map((l) =>
        l.startsWith('#') || l === ''
          ? l
          : [...l.split('\t').slice(0, 6), ...l.split('\t').slice(10)].join('\t'),
      )
      .join('\n');
    const [doc] = read('short.gold_conll', short).documents;
    expect(spansOf(doc as FormatDocument)).toHaveLength(5);
    expect(keptConllOf(doc?.metadata)?.tag).toBe(6);
  });

  it('detects .gold_conll, .v4_gold_conll and a .txt or .conll opening with #begin document', () => {
    const text = content('cnn_0115.gold_conll');
    for (const path of ['a.gold_conll', 'a.v4_gold_conll', 'a.v4_auto_conll', 'a.txt', 'a.conll'])
      expect(detectFormat([{ path, content: text }])).toBe('conll');
    expect(read('a.txt', text).documents[0]?.spans).toHaveLength(5);
  });
});

describe('OntoNotes / CoNLL-2012 export', () => {
  it.each([
    'cctv_0000.gold_conll',
    'cnn_0115.gold_conll',
    'cnn_0115-tabs.gold_conll',
    'cnn_0115-names-none.gold_conll',
  ])('writes an unedited import of %s back byte for byte', (name) => {
    const written = writeConll(read(name));
    expect(written.files[0]?.content).toBe(content(name));
    expect(written.summary.notExpressed).toEqual({});
  });

  it('rewrites only the names column after an edit, keeping the columns aligned', () => {
    const bundle = read('cctv_0000.gold_conll');
    const [first, ...rest] = bundle.documents;
    if (!first) throw new Error('no document');
    // Drop "the summer of 2005" (DATE), relabel "fifth" as CARDINAL.
    const spans = first.spans
      .filter((s) => s.label !== 'DATE')
      .map((s) => (s.label === 'ORDINAL' ? { ...s, label: 'CARDINAL' } : s));
    const written = writeConll({ ...bundle, documents: [{ ...first, spans }, ...rest] });
    const before = content('cctv_0000.gold_conll').split('\n');
    const after = (written.files[0]?.content ?? '').split('\n');
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(after).toHaveLength(before.length);
    expect(changed).toEqual([
      [
        'bc/cctv/00/cctv_0000   0    1          the    DT       (NP(NP*         -    -   -   Speaker#1   (DATE*      *      *             *            *            *     -',
        'bc/cctv/00/cctv_0000   0    1          the    DT       (NP(NP*         -    -   -   Speaker#1        *      *      *             *            *            *     -',
      ],
      [
        'bc/cctv/00/cctv_0000   0    4        2005     CD       (NP*))))        -    -   -   Speaker#1        *)     *      *             *            *)           *     -',
        'bc/cctv/00/cctv_0000   0    4        2005     CD       (NP*))))        -    -   -   Speaker#1         *     *      *             *            *)           *     -',
      ],
      [
        'bc/cctv/00/cctv_0000   0    3     fifth    JJ              *      -    -   -   Speaker#1    (ORDINAL)            *      -',
        'bc/cctv/00/cctv_0000   0    3     fifth    JJ              *      -    -   -   Speaker#1   (CARDINAL)            *      -',
      ],
    ]);
    // The export reads back with the edit and nothing else changed.
    const again = read('again.gold_conll', written.files[0]?.content ?? '');
    expect(again.documents.map((d) => d.spans.length)).toEqual([4, 1, 4, 3]);
    expect(spansOf(again.documents[0] as FormatDocument)).toEqual([
      'GPE:Hong Kong',
      'GPE:Hong Kong',
      'CARDINAL:fifth',
      'ORG:Disney',
    ]);
  });

  it('writes a name added inside a word over the whole word, and counts it', () => {
    const bundle = read('cnn_0115-names-none.gold_conll');
    const [doc] = bundle.documents;
    if (!doc) throw new Error('no document');
    // "and that wildness is": "wild" (9–13) is inside "wildness" (9–17).
    const written = writeConll({
      ...bundle,
      documents: [{ ...doc, spans: [span(9, 13, 'MISC')] }],
    });
    expect(written.files[0]?.content.split('\n')[3]).toMatch(
      /wildness {4}NN {8}\*\) {3}- .* _Avalon_ \(MISC\) /,
    );
    // Written, over more than it was: a note, no loss.
    expect(written.summary.notes).toEqual({
      'span edge inside an OntoNotes word: the name written over the whole word': 1,
    });
    expect(written.summary.notExpressed).toEqual({});
  });

  it('leaves out a span across sentences, counted: a name ends in its sentence', () => {
    const bundle = read('cnn_0115.gold_conll');
    const [doc] = bundle.documents;
    if (!doc) throw new Error('no document');
    // From the "." ending sentence 3 ("… Headline News .") to "and" opening sentence 4; ASCII.
    const from = doc.text.indexOf('News .') + 'News '.length;
    const to = doc.text.indexOf('\nand that') + '\nand'.length;
    expect(doc.text.slice(from, to)).toBe('.\nand');
    const spans = [...doc.spans, span(from, to, 'EVENT')];
    const written = writeConll({ ...bundle, documents: [{ ...doc, spans }] });
    expect(written.files[0]?.content).toBe(content('cnn_0115.gold_conll'));
    expect(written.summary.spans).toBe(5);
    expect(written.summary.notExpressed).toEqual({
      'span across sentences: left out of the OntoNotes names column (a name ends in its sentence)': 1,
    });
  });

  it('writes tokens and tags with --scheme: conlleval.pl and spaCy read the words first, the tag last', () => {
    const written = writeConll(read('cnn_0115.gold_conll'), { scheme: 'iob2' });
    const lines = written.files[0]?.content.split('\n') ?? [];
    // No -DOCSTART- line before the first document: its file had none.
    expect(lines.slice(0, 1)).toEqual([
      'Mali test/test/01/test_001 0 0 NNP (TOP(S(NP(NML* - - - - B-GPE',
    ]);
    expect(written.summary.spans).toBe(5);
    expect(Object.keys(written.summary.notExpressed)).toEqual([
      'OntoNotes document written as tokens and tags: its predicate-argument and coreference columns and #begin / #end document lines left out (export without --scheme to keep them)',
    ]);
  });
});
