import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { file, lines } from '../build';

/** Spans as `LABEL words`, in order. */
function spansOf(read: FormatBundle): string[] {
  return read.documents.flatMap((d) =>
    d.spans.map((s) => {
      const [f] = s.fragments;
      return `${s.label} ${[...d.text].slice(f?.start ?? 0, f?.end ?? 0).join('')}`;
    }),
  );
}

// Layouts of published corpora, in our own words. Counts worked out with awk and conlleval.pl
// (-d "\t" for the tab-separated ones) over each file, not with Loupe.
// WikiANN / PAN-X (XTREME's copy): `en:word<TAB>tag`; conlleval.pl: 3 phrases, LOC, ORG, PER.
const PANX = lines(
  'en:Paul\tB-PER',
  'en:Newman\tI-PER',
  'en:starred\tO',
  'en:in\tO',
  'en:New\tB-LOC',
  'en:York\tI-LOC',
  'en:.\tO',
  '',
  'en:He\tO',
  'en:joined\tO',
  'en:IBM\tB-ORG',
  'en:.\tO',
);

describe('CoNLL files in the layouts of published corpora', () => {
  it('reads WikiANN / PAN-X without the language prefix of its words and writes it back', () => {
    const read = readConll([file('en-dev.txt', PANX)]);
    expect(read.documents[0]?.text).toBe('Paul Newman starred in New York .\nHe joined IBM .');
    expect(spansOf(read)).toEqual(['PER Paul Newman', 'LOC New York', 'ORG IBM']);
    expect(read.warnings.join('\n')).toContain('every word begins with en:');
    // tab-separated as it came, each word with its prefix again
    expect(writeConll(read).files[0]?.content).toBe(PANX);
  });

  it('keeps a prefix that not every word has', () => {
    const read = readConll([file('a.txt', lines('en:Paul\tB-PER', 'spoke\tO'))]);
    expect(read.documents[0]?.text).toBe('en:Paul spoke');
  });

  it('reads Few-NERD’s bare fine-grained types (IO): runs of one type are one span', () => {
    // awk over runs of the same tag: art-film 1, location-GPE 1, person-actor 1. Most of its
    // words are O, as in the corpus: a file mostly of bare labels is read so with --scheme io.
    const read = readConll([
      file(
        'supervised-dev.txt',
        lines(
          'Paul\tperson-actor',
          'Newman\tperson-actor',
          'starred\tO',
          'in\tO',
          'The\tart-film',
          'Hustler\tart-film',
          ',\tO',
          'a\tO',
          'film\tO',
          'shot\tO',
          'in\tO',
          'New\tlocation-GPE',
          'York\tlocation-GPE',
          'in\tO',
          '1961\tO',
          '.\tO',
        ),
      ),
    ]);
    expect(spansOf(read)).toEqual([
      'person-actor Paul Newman',
      'art-film The Hustler',
      'location-GPE New York',
    ]);
  });

  it('reads Few-NERD (IO, bare fine-grained labels) and writes it back byte for byte', () => {
    // Few-NERD's supervised files: word<Tab>label, `O` outside, no -DOCSTART- line.
    const content = lines(
      'Paris\tlocation-GPE',
      'hosts\tO',
      'the\tO',
      'Louvre\tbuilding-other',
      'museum\tbuilding-other',
      '',
      'Ada\tperson-scholar',
      'Lovelace\tperson-scholar',
      'wrote\tO',
      '',
    );
    const read = readConll([file('train.txt', content)]);
    expect(read.documents[0]?.metadata?.conll).toMatchObject({ scheme: 'IO' });
    expect(spansOf(read)).toEqual([
      'location-GPE Paris',
      'building-other Louvre museum',
      'person-scholar Ada Lovelace',
    ]);
    const written = writeConll(read);
    expect(written.files[0]?.content).toBe(content);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('reads MultiCoNER: `# id` lines as comments, `_ _` columns kept, both written back', () => {
    // conlleval.pl over the lines without `# id`: 3 phrases, CORP, CW, LOC
    const content = lines(
      '# id bb81b9a5-4f1b-4c1e-9f3d-9b0e2a7c1d10\tdomain=en',
      'the _ _ O',
      'new _ _ B-CORP',
      'york _ _ I-CORP',
      'times _ _ I-CORP',
      'reported _ _ O',
      '',
      '# id 0c3f2d71-9a7e-4d8b-8f25-3e6c1b7a9e44\tdomain=en',
      'he _ _ O',
      'played _ _ O',
      'in _ _ O',
      'star _ _ B-CW',
      'wars _ _ I-CW',
    );
    const read = readConll([file('en_dev.conll', content)]);
    expect(spansOf(read)).toEqual(['CORP new york times', 'CW star wars']);
    const written = writeConll(read);
    expect(written.files[0]?.content).toBe(content);
    expect(written.summary.notExpressed).toEqual({});
  });
});
