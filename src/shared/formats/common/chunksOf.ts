import { readingOf, SCHEME_NAMES, tagText } from './iobTag';
import type { IobTag } from './iobTag';
import type { TagScheme } from './tagScheme';

/** A span of a sentence's tokens: its first and last token (inclusive) and its type. */
export interface Chunk {
  readonly first: number;
  readonly last: number;
  readonly type: string;
}

/** A tag sequence the scheme does not allow, at a token, said in words. */
export interface IllFormed {
  readonly token: number;
  readonly reason: string;
}

type Reading = ReturnType<typeof readingOf>;

/**
 * Whether a chunk starts at a token, given the one before: conlleval.pl's `startOfChunk`
 * (B always; I or E after O or E, or after another type), with BIOES's S (and BILOU's U)
 * always starting one, as seqeval's strict IOBES mode reads it.
 */
function starts(prev: Reading, prevType: string, cur: Reading, type: string): boolean {
  if (cur === 'O') return false;
  if (cur === 'B' || cur === 'S') return true;
  return prev === 'O' || prev === 'E' || prev === 'S' || prevType !== type;
}

/**
 * Whether the chunk holding the previous token ends before this one: conlleval.pl's
 * `endOfChunk` (after E; before O or B; at a change of type), with S (U) ending one at once
 * and before it.
 */
function ends(prev: Reading, prevType: string, cur: Reading, type: string): boolean {
  if (prev === 'O') return false;
  if (prev === 'E' || prev === 'S') return true;
  return cur === 'O' || cur === 'B' || cur === 'S' || prevType !== type;
}

/**
 * The chunks of one sentence's tags, read as conlleval.pl reads them (its `startOfChunk` and
 * `endOfChunk`), so an ill-formed sequence (`I-PER` after `O` in an IOB2 file, `E-PER`
 * without `B-PER`) gives the spans the CoNLL scorer counts; each such place is listed in
 * words for `scheme`. An IO label is an I tag: a run of one label is one chunk.
 * @example chunksOf([tag('B-PER'), tag('I-PER'), tag('O'), tag('I-LOC')], 'iob2').chunks → [{ first: 0, last: 1, type: 'PER' }, { first: 3, last: 3, type: 'LOC' }] (and I-LOC after O listed)
 */
export function chunksOf(
  tags: readonly IobTag[],
  scheme: TagScheme,
): { chunks: Chunk[]; illFormed: IllFormed[] } {
  const chunks: Chunk[] = [];
  const illFormed: IllFormed[] = [];
  let prev: Reading = 'O';
  let prevType = '';
  let open = -1; // first token of the chunk being read, or -1
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i];
    const cur: Reading = tag ? readingOf(tag) : 'O';
    const type = tag?.type ?? '';
    if (open >= 0 && ends(prev, prevType, cur, type)) {
      chunks.push({ first: open, last: i - 1, type: prevType });
      if ((scheme === 'bioes' || scheme === 'bilou') && (prev === 'B' || prev === 'I'))
        illFormed.push({ token: i - 1, reason: unclosed(tags[i - 1], scheme) });
      open = -1;
    }
    if (tag && starts(prev, prevType, cur, type)) {
      const problem = badStart(tags[i - 1], tag, prev, prevType, scheme);
      if (problem) illFormed.push({ token: i, reason: problem });
      open = i;
    }
    prev = cur;
    prevType = type;
  }
  return { chunks, illFormed };
}

/** Why a chunk may not start with this tag in `scheme`, or null. */
function badStart(
  before: IobTag | undefined,
  tag: IobTag,
  prev: Reading,
  prevType: string,
  scheme: TagScheme,
): string | null {
  const cur = readingOf(tag);
  const after = before ? `after ${tagText(before)}` : 'at the start of a sentence';
  const name = SCHEME_NAMES[scheme];
  const text = tagText(tag);
  const read = `read as conlleval.pl reads it: a ${tag.type} span starts here`;
  if (scheme === 'iob2' && cur === 'I')
    return `${text} ${after} is not ${name} (a span starts with B-${tag.type}); ${read}`;
  if (scheme === 'iob1' && cur === 'B' && !(prevType === tag.type && prev !== 'O'))
    return `${text} ${after} is not ${name} (B- only separates two ${tag.type} spans side by side); ${read}`;
  if ((scheme === 'bioes' || scheme === 'bilou') && (cur === 'I' || cur === 'E'))
    return `${text} ${after} is not ${name} (a span starts with B-${tag.type}${scheme === 'bioes' ? ' or S-' : ' or U-'}${tag.type}); ${read}`;
  return null;
}

function unclosed(tag: IobTag | undefined, scheme: TagScheme): string {
  const last = scheme === 'bioes' ? 'E' : 'L';
  const type = tag?.type ?? '';
  return `${tag ? tagText(tag) : ''} is not followed by I-${type} or ${last}-${type}, which ${SCHEME_NAMES[scheme]} needs to end a span; the ${type} span ends here, as conlleval.pl reads it`;
}
