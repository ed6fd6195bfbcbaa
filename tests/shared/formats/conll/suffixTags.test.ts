import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, textFileFormat, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { file, lines, tsv } from '../build';

// The Naver NER 2018 corpus's layout (Korean; a token index, the word, its tag written type
// first: `ORG_B`, `ORG_I`, `-` outside), in our own words.
const NAVER = lines(
  tsv(1, '서울시는', 'ORG_B'),
  tsv(2, '어제', 'DAT_B'),
  tsv(3, '김민수', 'PER_B'),
  tsv(4, '만났다', '-'),
  '',
  tsv(1, '대한', 'ORG_B'),
  tsv(2, '항공은', 'ORG_I'),
  tsv(3, '떠났다', '-'),
  '',
);

function spansOf(bundle: FormatBundle): string[] {
  return bundle.documents.flatMap((d) =>
    d.spans.map((s) => `${s.label}:${d.text.slice(s.fragments[0]?.start, s.fragments[0]?.end)}`),
  );
}

describe('tags written type first', () => {
  it('are read as the names they tag (they were refused as no tags at all)', () => {
    const bundle = readConll([file('train.txt', NAVER)]);
    expect(bundle.documents[0]?.text).toBe('서울시는 어제 김민수 만났다\n대한 항공은 떠났다');
    expect(spansOf(bundle)).toEqual(['ORG:서울시는', 'DAT:어제', 'PER:김민수', 'ORG:대한 항공은']);
    expect(bundle.warnings.join('\n')).toContain('written type first (PER_B, PER_I), - outside');
  });

  it('come back as they were, and as B-…, I-…, O in the shape a scheme asked for gives', () => {
    const bundle = readConll([file('train.txt', NAVER)]);
    expect(writeConll(bundle).files[0]?.content).toBe(NAVER);
    const asked = writeConll(bundle, { scheme: 'iob2' }).files[0]?.content ?? '';
    expect(asked.split('\n').slice(5, 8)).toEqual([
      tsv('대한', 1, 'B-ORG'),
      tsv('항공은', 2, 'I-ORG'),
      tsv('떠났다', 3, 'O'),
    ]);
  });

  it('with a hyphen (PER-B) and O, are not read as two labels of an IO file', () => {
    const content = lines('Anna PER-B', 'Rossi PER-I', 'spoke O', '');
    expect(spansOf(readConll([file('a.conll', content)]))).toEqual(['PER:Anna Rossi']);
  });

  it('leave files of prefixed tags alone', () => {
    const content = lines('Anna B-PER', 'Rossi I-PER', 'said O', '');
    expect(writeConll(readConll([file('a.conll', content)])).files[0]?.content).toBe(content);
  });
});

describe('a .txt of tags written type first', () => {
  it('is told from prose, so its names are not imported as plain text and lost', () => {
    expect(textFileFormat(NAVER)).not.toBe('txt');
  });
});

// JULIE Lab's JCoRe IOB consumer writes its tags place first with an underscore (`B_Gene`).
// Before, they were read as two labels of an IO file: 11 spans `B_Gene` and `I_Gene`, each
// name cut in two, for the file's 7 Gene names.
describe('tags written B_Gene, I_Gene (JCoRe)', () => {
  const path = join(import.meta.dirname, '../../../fixtures/conll/jcore-PMID-8621480-00-TIAB.iob');
  const content = readFileSync(path, 'utf8');

  it('are read as the names they tag', () => {
    const bundle = readConll([file('a.iob', content)]);
    expect(spansOf(bundle)).toEqual([
      'Gene:Ca2+-modulating cyclophilin ligand',
      'Gene:Ca2+-modulating cyclophilin ligand',
      'Gene:CAML',
      'Gene:cyclophilin B-binding protein',
      'Gene:CAML gene',
      'Gene:CAML',
      'Gene:CAML',
    ]);
    expect(bundle.warnings.join('\n')).toContain('written with an underscore (B_PER, I_PER)');
  });

  it('come back as they were, and as B-Gene in the shape a scheme asked for gives', () => {
    const bundle = readConll([file('a.iob', content)]);
    expect(writeConll(bundle).files[0]?.content).toBe(content);
    const asked = writeConll(bundle, { scheme: 'iob2' }).files[0]?.content ?? '';
    expect(asked.match(/\bB-Gene\b/g)).toHaveLength(7);
    expect(asked).not.toContain('B_Gene');
  });

  it('mixed with B-PER tags are not turned round (a bare label among prefixed tags: refused by line)', () => {
    const mixed = lines('Anna B-PER', 'Rossi I-PER', 'and O', 'CAML B_Gene', '');
    expect(() => readConll([file('a.conll', mixed)])).toThrow(/a\.conll:4: "B_Gene"/);
  });
});
