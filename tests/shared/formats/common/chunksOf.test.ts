import { describe, expect, it } from 'vitest';
import type { TagScheme } from '../../../../src/shared/formats';
import { chunksOf } from '../../../../src/shared/formats/common/chunksOf';
import { parseTag } from '../../../../src/shared/formats/common/iobTag';
import type { IobTag } from '../../../../src/shared/formats/common/iobTag';

/** A sentence's tags from their text: `tags('B-PER I-PER O')`. */
function tags(text: string): IobTag[] {
  return text.split(' ').map((t) => {
    const tag = parseTag(t);
    if (!tag) throw new Error(`not a tag: ${t}`);
    return tag;
  });
}

/** Chunks as `type first-last` (token indices), for compact known answers. */
function read(text: string, scheme: TagScheme): { chunks: string[]; illFormed: number[] } {
  const { chunks, illFormed } = chunksOf(tags(text), scheme);
  return {
    chunks: chunks.map((c) => `${c.type} ${c.first}-${c.last}`),
    illFormed: illFormed.map((p) => p.token),
  };
}

// Known answers traced by hand through conlleval.pl's startOfChunk/endOfChunk (version
// 2004-01-26, ../shared/tools/conlleval.pl lines 257-317) and, for S/U, seqeval's strict
// IOBES reading (a single-token chunk).
describe('chunksOf', () => {
  it.each([
    ['IOB2', 'B-PER I-PER O B-LOC', 'iob2', ['PER 0-1', 'LOC 3-3'], []],
    // IOB1 (CoNLL-2003 English): I- starts a chunk; B- only after I- of the same type.
    ['IOB1', 'I-PER I-PER B-PER O I-LOC', 'iob1', ['PER 0-1', 'PER 2-2', 'LOC 4-4'], []],
    // startOfChunk(O, I) is true: conlleval reads a chunk, which IOB2 would not write.
    ['I- after O in IOB2', 'O I-PER I-PER', 'iob2', ['PER 1-2'], [1]],
    // A change of type ends one chunk and starts another ($prevType ne $type).
    ['a type change inside', 'B-PER I-LOC', 'iob2', ['PER 0-0', 'LOC 1-1'], [1]],
    ['B- after O in IOB1', 'O B-PER I-PER', 'iob1', ['PER 1-2'], [1]],
    [
      'BIOES',
      'S-PER S-PER B-ORG E-ORG B-ORG I-ORG E-ORG',
      'bioes',
      ['PER 0-0', 'PER 1-1', 'ORG 2-3', 'ORG 4-6'],
      [],
    ],
    // startOfChunk(O, E) is true; a B- not closed by E- ends where the next tag says.
    ['E- without B-', 'O E-PER', 'bioes', ['PER 1-1'], [1]],
    ['B- not closed', 'B-PER O', 'bioes', ['PER 0-0'], [0]],
    ['BILOU', 'U-LOC B-PER I-PER L-PER O', 'bilou', ['LOC 0-0', 'PER 1-3'], []],
    // IO: a run of one label is one chunk.
    ['IO', 'PER PER O LOC PER', 'io', ['PER 0-1', 'LOC 3-3', 'PER 4-4'], []],
  ] as const)('%s: %s', (_, text, scheme, chunks, illFormed) => {
    expect(read(text, scheme)).toEqual({ chunks, illFormed });
  });

  it('names the ill-formed tag and how it was read', () => {
    const [problem] = chunksOf(tags('O I-PER'), 'iob2').illFormed;
    expect(problem?.reason).toBe(
      'I-PER after O is not IOB2 (a span starts with B-PER); read as conlleval.pl reads it: a PER span starts here',
    );
  });
});

describe('parseTag', () => {
  it('splits at the first hyphen as conlleval.pl does, and refuses what cannot be a tag', () => {
    expect(parseTag('B-creative-work')).toEqual({ prefix: 'B', type: 'creative-work' });
    expect(parseTag('I-PERderiv')).toEqual({ prefix: 'I', type: 'PERderiv' });
    expect(parseTag('O')).toEqual({ prefix: 'O', type: '' });
    expect(parseTag('PER')).toEqual({ prefix: '', type: 'PER' });
    for (const text of ['B-', '-PER', 'X-PER', 'b-per']) expect(parseTag(text)).toBeNull();
  });
});
