import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { bundle, cp, lines, span } from '../build';

/** Excerpts of published CoNLL files (sources and licences: SOURCES.md there). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/conll');

function source(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function read(name: string, content = source(name)): FormatBundle {
  return readConll([{ path: name, content }]);
}

function written(bundle: FormatBundle, scheme?: 'iob2'): string {
  return writeConll(bundle, scheme ? { scheme } : {}).files[0]?.content ?? '';
}

function withSpan(doc: FormatDocument | undefined, word: string, label: string): FormatDocument {
  if (!doc) throw new Error('nothing read');
  const at = cp(doc.text, word);
  return { ...doc, spans: [...doc.spans, span(at, at + word.length, label)] };
}

describe('a CoNLL file’s blank lines come back where they were', () => {
  it('none after -DOCSTART-, as CoNLL-2002 Dutch has it, with and without --scheme iob2', () => {
    const file = 'conll2002-ned-testa-two-docs.conll';
    expect(source(file)).toMatch(/^-DOCSTART- -DOCSTART- O\nDat Pron O\n/u);
    const bundle = read(file);
    expect(bundle.documents).toHaveLength(2);
    expect(written(bundle)).toBe(source(file));
    expect(written(bundle, 'iob2')).toBe(source(file)); // the file is IOB2 already
  });

  it('wikigold’s last -DOCSTART- with no tokens after it, and its first document without one', () => {
    const file = 'wikigold-head-tail.conll';
    expect(source(file).endsWith('. O\n\n-DOCSTART- O\n\n')).toBe(true);
    const bundle = read(file);
    expect(bundle.documents).toHaveLength(3);
    expect(written(bundle)).toBe(source(file));
    expect(bundle.warnings.join('\n')).toMatch(
      /:171: a -DOCSTART- line with no tokens after it: no document made; kept among the lines of the document before it/u,
    );
  });

  it('wikigold’s last -DOCSTART- stays last with --scheme iob2, and once its document is edited', () => {
    // The CoNLL-2003 English files (eng.testa, eng.testb, eng.train as glample/tagger copied
    // them) end the same way: `-DOCSTART- -X- O O`, a blank line, no tokens after it.
    const file = 'wikigold-head-tail.conll';
    const bundle = read(file);
    expect(bundle.warnings.join('\n')).toMatch(
      /:171: a -DOCSTART- line with no tokens after it: .* written back after it by the CoNLL export$/mu,
    );
    const iob2 = written(bundle, 'iob2');
    expect(iob2.endsWith('. O\n\n-DOCSTART- O\n\n')).toBe(true);
    expect(iob2).toContain('\nOleg B-PER\nMikhaylovich I-PER\n'); // IOB1's I-PER opening it, as IOB2
    const documents = bundle.documents;
    const last = documents[documents.length - 1];
    const edited = written({
      ...bundle,
      documents: [...documents.slice(0, -1), withSpan(last, 'singer', 'X')],
    });
    // IOB1, as the file: a lone word's span opens with I-.
    expect(edited.endsWith('singer I-X\n. O\n\n-DOCSTART- O\n\n')).toBe(true);
    // Read back: the same documents, no more.
    expect(read('back.conll', iob2).documents).toHaveLength(3);
  });

  it('CoNLL-2003 eng.train’s end, its last -DOCSTART- and one line break, with --scheme iob2', () => {
    // Our own words in the shape of eng.train's last lines (IOB1, four columns).
    const end = lines('EU NNP I-NP I-ORG', 'rejects VBZ I-VP O', '', '-DOCSTART- -X- O O');
    const iob2 = written(read('eng.train', end), 'iob2');
    expect(iob2).toBe(lines('EU NNP I-NP B-ORG', 'rejects VBZ I-VP O', '', '-DOCSTART- -X- O O'));
  });

  it('GUM’s blank first line, with and without --scheme iob2', () => {
    const file = 'gum-test-head.conll';
    expect(source(file).startsWith('\nPacific\tB-person\n')).toBe(true);
    const bundle = read(file);
    expect(written(bundle)).toBe(source(file));
    expect(written(bundle, 'iob2')).toBe(source(file));
  });

  it('none after -DOCSTART- once a tag changed, the edit written', () => {
    const file = 'conll2002-ned-testa-two-docs.conll';
    const [first, second] = read(file).documents;
    const both = second ? [withSpan(first, 'verder', 'MISC'), second] : [];
    const edited = written(bundle(...both));
    expect(edited).toContain('verder Adj B-MISC\n');
    // Still no blank line after either -DOCSTART- line, as the file had none.
    expect(edited.startsWith('-DOCSTART- -DOCSTART- O\nDat Pron O\n')).toBe(true);
    expect(edited).toContain('\n\n-DOCSTART- -DOCSTART- O\nBrussel N B-LOC\n');
  });
});

describe('a # comment line set apart by blank lines', () => {
  // Our own words: a note between two sentences, a blank line before and after it.
  const NOTE = lines(
    'EU B-ORG',
    'rejects O',
    '',
    '# checked by a second reader',
    '',
    'Peter B-PER',
    'left O',
    '',
  );

  it('comes back where it was when nothing changed', () => {
    expect(written(read('a.conll', NOTE))).toBe(NOTE);
  });

  it('stays before the sentence after it when a tag changed', () => {
    const [doc] = read('a.conll', NOTE).documents;
    const out = written(bundle(withSpan(doc, 'left', 'ACT')));
    expect(out).toBe(
      lines(
        'EU B-ORG',
        'rejects O',
        '',
        '# checked by a second reader',
        'Peter B-PER',
        'left B-ACT',
        '',
      ),
    );
  });
});
