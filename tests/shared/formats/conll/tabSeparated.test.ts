import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import { isTabSeparated } from '../../../../src/shared/formats/conll/tabSeparated';
import { runConlleval } from '../../../../scripts/interop/conlleval';
import { SHARED_DIR } from '../../../../scripts/interop/sharedTools';
import { bundle, doc, file, lines, span } from '../build';

const CONLLEVAL = join(SHARED_DIR, 'tools', 'conlleval.pl');
const noConlleval = !existsSync(CONLLEVAL);
if (noConlleval) console.warn(`skipped: conlleval.pl is absent (${CONLLEVAL})`);

/** Three excerpts of the Broad Twitter Corpus's `h.conll`, unchanged (SOURCES.md there). */
const BTC = readFileSync(
  join(import.meta.dirname, '../../../fixtures/btc/btc-h-excerpt.conll'),
  'utf8',
);
/** Its lines whose word is empty (`<TAB>O`) or a space, all tagged O. */
const EMPTY_WORD_LINES = [133, 159, 161, 168];

/** conlleval.pl's input for a tab-separated file: word, its tag as gold and as guess. */
function selfScored(content: string): string {
  return content
    .split('\n')
    .map((l) => (l === '' ? '' : `${l}\t${l.split('\t').at(-1) ?? ''}`))
    .join('\n');
}

describe('tab-separated CoNLL files', () => {
  it('tells tab-separated files from files with spaces between columns', () => {
    expect(isTabSeparated('ke s\tO\nEU\tB-ORG\nrejects\tO\n')).toBe(true);
    expect(isTabSeparated('EU B-ORG\nrejects O\n')).toBe(false);
    // spaces between columns, a tab before the tag: not read by tabs alone
    expect(isTabSeparated('EU NNP B-NP\tB-ORG\nrejects VBZ B-VP\tO\n')).toBe(false);
  });

  it('reads the Broad Twitter Corpus: words holding spaces whole, empty words named and left out', () => {
    const read = readConll([file('h.conll', BTC)]);
    const [only] = read.documents;
    // 13 phrases, as conlleval.pl -d "\t" counts them in the file: LOC 2, ORG 4, PER 7
    const counts: Record<string, number> = {};
    for (const s of only?.spans ?? []) counts[s.label] = (counts[s.label] ?? 0) + 1;
    expect(counts).toEqual({ LOC: 2, ORG: 4, PER: 7 });
    expect(only?.text).toContain('ke s re y u R AD t e..');
    expect(read.warnings.join('\n')).toContain(
      `4 lines whose word is empty or only spaces, tagged O, left out of the text (its tokens are joined by spaces) and of the CoNLL export: lines ${EMPTY_WORD_LINES.join(', ')}`,
    );
  });

  it('refuses an empty word that holds a tag, by line', () => {
    expect(() => readConll([file('a.conll', lines('EU\tB-ORG', '\tI-ORG', ''))])).toThrow(
      'a.conll:2: its word is empty but tagged I-ORG: a span needs a word',
    );
  });

  it('writes the file back tab-separated, each word whole, without the empty words', () => {
    const written = writeConll(readConll([file('h.conll', BTC)]));
    const expected = BTC.split('\n').filter((_, i) => !EMPTY_WORD_LINES.includes(i + 1));
    // the empty word at line 159 was a sentence alone: its blank line goes with it
    const content = written.files[0]?.content ?? '';
    // The file had no -DOCSTART- line: none is added.
    expect(content).toBe(expected.join('\n').replace('\n\n\n', '\n\n'));
    expect(content).toContain('\nke s\tO\nre y\tO\nu R\tO\nAD t\tO\n');
    // The four words holding a space are written (a note), nothing is lost.
    expect(Object.values(written.summary.notes ?? {})).toEqual([4]);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('writes a whole export tab-separated when one word holds a space', () => {
    const tabbed = readConll([file('h.conll', lines('New York\tB-LOC', 'rocks\tO', ''))]);
    const plain = doc('Mike spoke', { name: 'plain', spans: [span(0, 4, 'PER')] });
    const written = writeConll(bundle(...tabbed.documents, plain));
    expect(written.files[0]?.content).toBe(
      lines('New York\tB-LOC', 'rocks\tO', '', '-DOCSTART-\tO', '', 'Mike\tB-PER', 'spoke\tO', ''),
    );
    expect(written.summary.notExpressed).toEqual({});
    expect(Object.keys(written.summary.notes ?? {}).join()).toMatch(
      /^word holding a space written whole, the export tab-separated \(conlleval.pl reads it with -d "\\t"; spaCy/u,
    );
  });
});

describe.skipIf(noConlleval)('tab-separated exports read by conlleval.pl -d "\\t"', () => {
  it('scores the Broad Twitter Corpus excerpt as the file: 13 phrases, 152 tokens (156 less the 4 empty words)', async () => {
    const source = await runConlleval(CONLLEVAL, selfScored(BTC), '\t');
    expect(source).toMatchObject({ code: 0, tokens: 156, phrases: 13 });
    const written = writeConll(readConll([file('h.conll', BTC)])).files[0]?.content ?? '';
    const report = await runConlleval(CONLLEVAL, selfScored(written), '\t');
    expect(report).toMatchObject({ code: 0, tokens: 152, phrases: 13, fb1: 100 });
    expect(report.byType).toEqual(source.byType);
  });
});
