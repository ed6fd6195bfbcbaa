import { describe, expect, it } from 'vitest';
import { readConll } from '../../../../src/shared/formats';
import { file, messagesOf } from '../build';

/**
 * A read of a damaged file says what is wrong at once: 1–45 ms here, where the search for a tag
 * column took up to 29 s; the bound is loose so a busy machine running every test does not fail it.
 */
const AT_ONCE_MS = 3000;

// A CoNLL-U file in NorNE's layout, in our own words: ten columns, the names in MISC.
const CONLLU = [
  '# sent_id = 1',
  '1\tKari\tKari\tPROPN\t_\t_\t2\tnsubj\t_\tname=B-PER',
  '2\tsov\tsove\tVERB\t_\t_\t0\troot\t_\tname=O',
  '',
  '',
].join('\n');

function timed(content: string, path: string): { ms: number; messages: string[] } {
  const started = performance.now();
  const messages = messagesOf(() => readConll([file(path, content)]));
  return { ms: performance.now() - started, messages };
}

describe('a line of a million characters', () => {
  it.each([
    ['columns separated by tabs, first in a CoNLL-U file', 'x\t'.repeat(500_000) + '\n' + CONLLU],
    ['columns separated by spaces, first in a CoNLL-U file', '0 '.repeat(500_000) + '\n' + CONLLU],
    ['a sentence of tokens tagged inline', 'a|O '.repeat(250_000) + '\nb|B-PER c|O\n'],
  ])('is refused by line, at once: %s', (_, content) => {
    const { ms, messages } = timed(content, 'damaged.conllu');
    expect(messages).toEqual([
      expect.stringMatching(/^damaged\.conllu:1: is 1,000,00\d characters long: /u),
    ]);
    expect(ms).toBeLessThan(AT_ONCE_MS);
  });

  it('names the line where it is, after lines that read', () => {
    const { messages } = timed(CONLLU + 'x\t'.repeat(60_000), 'a.conllu');
    expect(messages).toEqual([expect.stringMatching(/^a\.conllu:5: is 120,000 characters long/u)]);
  });
});
