import type { TaggedDocument } from '../common';
import type { ExportScheme } from '../common';

/**
 * The prefix of each word token's tag in a scheme, by mention: `tagPrefix(m, i)` for token
 * `i` of mention `m`. IOB2 (Loupe's default): `B` on a mention's first token, `I` after.
 * IOB1 (CoNLL-2003's own files): `I` throughout, `B` only on the first token of a mention that
 * follows one of the same label with no word between, in one sentence. BIOES: `S` for a
 * mention of one token, else `B`, `I`…, `E`. conlleval.pl reads all three to the same chunks.
 * @example schemePrefixes(tagged, 'bioes')(0, first) === 'S' for a one-token mention
 */
export function schemePrefixes(
  tagged: TaggedDocument,
  scheme: ExportScheme,
): (m: number, i: number) => string {
  const { mentions } = tagged;
  if (scheme === 'iob2') return (m, i) => (i === mentions[2 * m] ? 'B' : 'I');
  if (scheme === 'bioes')
    return (m, i) => {
      const [first, last] = [mentions[2 * m], mentions[2 * m + 1]];
      if (first === last) return 'S';
      return i === first ? 'B' : i === last ? 'E' : 'I';
    };
  const begins = iob1Begins(tagged);
  return (m, i) => (i === mentions[2 * m] && begins[m] === 1 ? 'B' : 'I');
}

/** The mentions that begin right after one of the same label (IOB1 marks them `B`). */
function iob1Begins(tagged: TaggedDocument): Uint8Array {
  const { mentions, mentionLabel, mentionCount, sentenceStart, tokens } = tagged;
  const begins = new Uint8Array(mentionCount);
  for (let m = 1; m < mentionCount; m++) {
    if (mentionLabel[m] !== mentionLabel[m - 1]) continue;
    const first = mentions[2 * m] ?? 0;
    let i = (mentions[2 * m - 1] ?? 0) + 1;
    while (i < first && tokens.isSpace[i] === 1 && sentenceStart[i] !== 1) i++;
    if (i === first && sentenceStart[first] !== 1) begins[m] = 1;
  }
  return begins;
}
