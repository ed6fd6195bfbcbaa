import { EXPORT_SCHEMES, keptConllOf, SCHEME_NAMES } from '../common';
import type { ExportScheme, FormatDocument, Tally, TaggedDocument } from '../common';

export const SCHEME_REASONS = {
  io: 'span touching one of the same label written in IO, which cannot part them: read back as one span with it',
} as const;

/**
 * The tag of each word token in a mention, in a scheme: `tagOf(m, i, label)` for token `i` of
 * mention `m`. IOB2 (Loupe's default): `B` on a mention's first token, `I` after. IOB1
 * (CoNLL-2003's own files): `I` throughout, `B` only on the first token of a mention that
 * follows one of the same label with no word between, in one sentence. BIOES: `S` for a
 * mention of one token, else `B`, `I`…, `E`; BILOU the same with `U` and `L`. IO (Few-NERD's
 * files): the bare label, so two touching mentions of one label read as one (counted in
 * `tally`). conlleval.pl reads IOB1, IOB2 and BIOES to the same chunks.
 * @example schemeTags(tagged, 'bioes')(0, first, 'PER') === 'S-PER' for a one-token mention
 */
export function schemeTags(
  tagged: TaggedDocument,
  scheme: ExportScheme,
  tally?: Tally,
): (m: number, i: number, label: string) => string {
  const { mentions } = tagged;
  if (scheme === 'iob2') return (m, i, label) => `${i === mentions[2 * m] ? 'B' : 'I'}-${label}`;
  if (scheme === 'bioes' || scheme === 'bilou') {
    const [single, end] = scheme === 'bioes' ? ['S', 'E'] : ['U', 'L'];
    return (m, i, label) => {
      const [first, last] = [mentions[2 * m], mentions[2 * m + 1]];
      if (first === last) return `${single}-${label}`;
      return `${i === first ? 'B' : i === last ? end : 'I'}-${label}`;
    };
  }
  const begins = touchingSameLabel(tagged);
  if (scheme === 'io') {
    tally?.add(
      SCHEME_REASONS.io,
      begins.reduce((n, b) => n + b, 0),
    );
    return (_m, _i, label) => label;
  }
  return (m, i, label) => `${i === mentions[2 * m] && begins[m] === 1 ? 'B' : 'I'}-${label}`;
}

/** The mentions that begin right after one of the same label (IOB1 marks them `B`; IO cannot part them). */
function touchingSameLabel(tagged: TaggedDocument): Uint8Array {
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

/** The scheme the document's file was read in, when a CoNLL export writes it; else IOB2. */
export function fileScheme(doc: FormatDocument): ExportScheme {
  const name = keptConllOf(doc.metadata)?.scheme;
  return EXPORT_SCHEMES.find((s) => SCHEME_NAMES[s] === name) ?? 'iob2';
}

/**
 * The scheme a CoNLL export writes when none is asked for: the one every document imported from
 * a CoNLL file was read in (a Few-NERD file goes back in IO, CoNLL-2003's own in IOB1), else IOB2.
 */
export function exportSchemeOf(documents: readonly FormatDocument[]): ExportScheme {
  let scheme: ExportScheme | null = null;
  for (const doc of documents) {
    if (!keptConllOf(doc.metadata)) continue;
    const own = fileScheme(doc);
    if (scheme !== null && own !== scheme) return 'iob2';
    scheme = own;
  }
  return scheme ?? 'iob2';
}
