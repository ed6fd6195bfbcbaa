import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  FormatErrors,
  pipedTokenLine,
  readConll,
  writeConll,
} from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';

/** WikiNER's first two lines and spaCy's iob converter samples (sources: SOURCES.md there). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/piped');

function read(name: string): FormatBundle {
  return readConll([{ path: name, content: readFileSync(join(FIXTURES, name), 'utf8') }]);
}

/** Each span as `label:covered text`. */
function spansOf(bundle: FormatBundle): string[] {
  return bundle.documents.flatMap((doc) =>
    doc.spans.map((s) => {
      const [f] = s.fragments;
      return `${s.label}:${[...doc.text].slice(f?.start, f?.end).join('')}`;
    }),
  );
}

function reasonsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof FormatErrors) return e.errors.map((x) => `${x.line ?? ''} ${x.reason}`);
    throw e;
  }
  return [];
}

describe('sentences of tokens tagged inline (word|POS|tag)', () => {
  it('reads WikiNER’s first lines: IOB1, a POS column kept, one sentence per line', () => {
    const bundle = read('wikiner-en-wp2-head.iob');
    expect(bundle.documents).toHaveLength(1);
    const [doc] = bundle.documents;
    // Counted with awk '{print NF}': 32 tokens on line 1, 24 on line 2.
    expect(doc?.text.split('\n').map((l) => l.split(' ').length)).toEqual([32, 24]);
    expect(doc?.text.startsWith('The Oxford Companion to Philosophy says , " there')).toBe(true);
    expect(spansOf(bundle)).toEqual([
      'MISC:The Oxford Companion to Philosophy',
      'PER:Daniel Guerin',
    ]);
    expect(bundle.warnings.join('\n')).toMatch(/IOB1 \(detected\), one sentence per line/);
  });

  it('reads spaCy’s iob converter samples to the entities spaCy gives (London, New York City)', () => {
    for (const name of ['spacy-iob-samples.iob', 'spacy-iob-pos-samples.iob'])
      expect(spansOf(read(name))).toEqual([
        'GPE:London',
        'GPE:New York City',
        'GPE:London',
        'GPE:New York City',
      ]);
  });

  it('writes WikiNER back inline as it came, a sentence per line; in IOB2 when asked', () => {
    const source = readFileSync(join(FIXTURES, 'wikiner-en-wp2-head.iob'), 'utf8');
    const bundle = read('wikiner-en-wp2-head.iob');
    expect(writeConll(bundle).files[0]?.content).toBe(source);
    const lines = writeConll(bundle, { scheme: 'iob2' }).files[0]?.content.split('\n') ?? [];
    expect(lines).toHaveLength(3); // two sentences and the file's last line break
    const tokens = lines.flatMap((line) => line.split(' '));
    // IOB2 (Ramshaw and Marcus's IOB1 with B- on every chunk's first token).
    for (const token of [
      'The|DT|B-MISC',
      'Oxford|NNP|I-MISC',
      'Daniel|NNP|B-PER',
      'Guerin|NNP|I-PER',
    ])
      expect(tokens).toContain(token);
  });

  it('writes documents, bars inside words and a Windows line end back inline', () => {
    const content = 'a|b|SYM|O Paris|NNP|B-LOC\r\n\r\nBonn|NNP|B-LOC agrees|VBZ|O\r\n';
    const bundle = readConll([{ path: 'a.iob', content }]);
    expect(writeConll(bundle).files[0]?.content).toBe(content);
  });

  it('keeps bars inside a word: only the last ones cut the columns', () => {
    const bundle = readConll([{ path: 'a.iob', content: 'a|b|SYM|O Paris|NNP|B-LOC\n' }]);
    expect(bundle.documents[0]?.text).toBe('a|b Paris');
    expect(spansOf(bundle)).toEqual(['LOC:Paris']);
  });

  it('makes a document of each block between blank lines', () => {
    const content = 'EU|B-ORG rejects|O\n\nBonn|B-LOC agrees|O\nhere|O\n';
    const bundle = readConll([{ path: 'two.iob', content }]);
    expect(bundle.documents.map((d) => d.text)).toEqual(['EU rejects', 'Bonn agrees\nhere']);
  });

  it('names the line of a token that lacks its tag field', () => {
    const content = 'London|NNP|B-LOC is|VBZ|O\nParis|NNP|B-LOC is|VBZ|O too|RB\n';
    const reasons = reasonsOf(() => readConll([{ path: 'bad.iob', content }]));
    expect(reasons[0]).toMatch(/^2 /);
  });

  it('is told apart from prose, token-per-line files and tables with bars', () => {
    expect(pipedTokenLine('EU B-ORG\nrejects O\n')).toBeUndefined();
    expect(pipedTokenLine('The US rejected | the call.\n')).toBeUndefined();
    expect(pipedTokenLine('| a | b |\n| 1 | 2 |\n')).toBeUndefined();
    expect(pipedTokenLine('I|O like|O London|B-GPE\n')?.line).toBe(1);
  });

  it('auto-detection reads a .iob of them as CoNLL and refuses a .txt, naming --format conll', () => {
    const content = readFileSync(join(FIXTURES, 'wikiner-en-wp2-head.iob'), 'utf8');
    expect(detectFormat([{ path: 'w.iob', content }])).toBe('conll');
    const reasons = reasonsOf(() => detectFormat([{ path: 'w.txt', content }]));
    expect(reasons[0]).toMatch(/tagged inline .*line 1: .*--format conll/);
  });
});
