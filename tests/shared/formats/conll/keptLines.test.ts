import { describe, expect, it } from 'vitest';
import {
  readConll,
  writeConll,
  writeDoccano,
  writeHuggingFace,
  writeSpansJsonl,
} from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { bundle, cp, doc, lines, span } from '../build';

// CoNLL-2003 shape: token, part of speech, chunk, NER (IOB1 as the original files are).
const SOURCE = lines(
  '-DOCSTART- -X- -X- O',
  '',
  'U.S. NNP I-NP I-LOC',
  'officials NNS I-NP O',
  'do VBP I-VP O',
  "n't RB I-VP O",
  'agree VB I-VP O',
  '. . O O',
  '',
  'Baghdad-based JJ I-NP O',
  'troops NNS I-NP O',
);

function imported(): FormatDocument {
  const [document] = readConll([{ path: 'us.conll', content: SOURCE }]).documents;
  if (!document) throw new Error('nothing read');
  return document;
}

function contentOf(written: { files: readonly { content: string }[] }): string {
  return written.files[0]?.content ?? '';
}

describe('writeConll of documents imported from CoNLL', () => {
  it('writes the kept columns back, with the tags in the file’s own scheme (IOB1) or the one asked for', () => {
    const written = writeConll(bundle(imported()));
    // As it came: no blank line after its last sentence, as the file had none.
    expect(contentOf(written)).toBe(SOURCE);
    const iob2 = writeConll(bundle(imported()), { scheme: 'iob2' });
    expect(contentOf(iob2)).toBe(SOURCE.replace('I-LOC', 'B-LOC'));
    expect(written.summary.notExpressed).toEqual({});
  });

  it('keeps the columns of tokens a new span leaves whole, and writes _ where it cuts one', () => {
    const source = imported();
    const text = source.text;
    // A new span on "Baghdad" inside the token "Baghdad-based", and one on "officials".
    const edited = {
      ...source,
      spans: [
        ...source.spans,
        span(cp(text, 'officials'), cp(text, 'officials') + 9, 'PER'),
        span(cp(text, 'Baghdad'), cp(text, 'Baghdad') + 7, 'GPE'),
      ],
    };
    const written = writeConll(bundle(edited));
    expect(contentOf(written).split('\n').slice(2)).toEqual([
      'U.S. NNP I-NP I-LOC',
      'officials NNS I-NP I-PER',
      'do VBP I-VP O',
      "n't RB I-VP O",
      'agree VB I-VP O',
      '. . O O',
      '',
      'Baghdad _ _ I-GPE',
      '-based _ _ O',
      'troops NNS I-NP O',
      '',
    ]);
    expect(written.summary.notExpressed).toEqual({
      'token cut at a span edge: its kept CoNLL columns written as _': 2,
    });
  });

  it('writes a document without kept columns in the same columns, and falls back to its own shape for mixed layouts', () => {
    const other = doc('Iraq rejected it.', { spans: [span(0, 4, 'GPE')] });
    const same = contentOf(writeConll(bundle(imported(), other)));
    // One scheme for the file: the CoNLL file's own (IOB1).
    expect(same).toContain(lines('-DOCSTART- -X- -X- O', '', 'Iraq _ _ I-GPE', 'rejected _ _ O'));
    const [twoColumns] = readConll([{ path: 'w.conll', content: 'Iraq\tB-GPE\n' }]).documents;
    const mixed = writeConll(bundle(imported(), twoColumns as FormatDocument));
    // Files read in two schemes (IOB1, IOB2): IOB2.
    expect(contentOf(mixed)).toContain(lines('U.S. NNP I-NP B-LOC'));
    expect(contentOf(mixed)).toContain(lines('-DOCSTART- -X- O O', '', 'Iraq -X- _ B-GPE'));
    expect(mixed.summary.notExpressed).toEqual({
      'document whose kept CoNLL columns were left out: the export mixes column layouts': 1,
    });
  });
});

describe('token exports of documents imported from CoNLL use the file’s own tokens', () => {
  const words = ['U.S.', 'officials', 'do', "n't", 'agree', '.', 'Baghdad-based', 'troops'];

  it('Hugging Face: the same tokens, one record per sentence of the file', () => {
    const content =
      writeHuggingFace(bundle(imported())).files.find((f) => f.path.endsWith('.jsonl'))?.content ??
      '';
    const records = content
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { tokens: string[] });
    expect(records.map((r) => r.tokens)).toEqual([words.slice(0, 6), words.slice(6)]);
  });

  it('spans JSONL: the same tokens, and none of the kept columns as fields of the record', () => {
    const file = writeSpansJsonl(bundle(imported())).files[0];
    const text = file?.bytes ? new TextDecoder().decode(file.bytes) : (file?.content ?? '');
    const record = JSON.parse(text) as Record<string, unknown> & { tokens: { text: string }[] };
    expect(record.tokens.map((t) => t.text).filter((t) => t.trim() !== '')).toEqual(words);
    expect(Object.keys(record)).not.toContain('conll');
  });

  it('doccano: leaves the kept columns out and says so', () => {
    const written = writeDoccano(bundle(imported()) as FormatBundle);
    expect(contentOf(written)).not.toContain('conll');
    expect(written.summary.notExpressed).toMatchObject({ 'columns kept from a CoNLL file': 1 });
  });
});
