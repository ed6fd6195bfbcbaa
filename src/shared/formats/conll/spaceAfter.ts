import { CONLLU_COLUMNS } from './miscTags';

/** A multiword token's range line (`1-2`) read so far: its last word, its form, whether no space follows it. */
interface Range {
  readonly last: number;
  readonly form: string;
  readonly noSpace: boolean;
  readonly words: { line: number; form: string }[];
}

/**
 * The CoNLL-U word lines (0-based, of `lines`) after whose word the text has no space, as
 * spaCy's CoNLL-U converter joins words: a word whose MISC says `SpaceAfter=No`; the words of
 * a multiword token (`1-2 didn't`) but its last when they spell it (`did` `n't`: spaCy joins
 * them always; Loupe keeps a space where they do not, so `del` reads `de el`, not `deel`); and
 * its last word when the token's own line says `SpaceAfter=No`. Empty nodes (`8.1`) are no words.
 * @example noSpaceAfter(['1-2\tdidn\'t\t…\t_', '1\tdid\t…\t_', '2\tn\'t\t…\tSpaceAfter=No']) → Set {1}
 */
export function noSpaceAfter(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  let range: Range | null = null;
  for (const [l, raw] of lines.entries()) {
    const line = l === 0 ? raw.replace(/^\uFEFF/u, '') : raw;
    const columns = line.replace(/\r$/u, '').split('\t');
    if (columns.length !== CONLLU_COLUMNS) continue;
    const id = columns[0] ?? '';
    const misc = (columns[CONLLU_COLUMNS - 1] ?? '').split('|');
    const noSpace = misc.includes('SpaceAfter=No');
    const span = /^(\d+)-(\d+)$/u.exec(id);
    if (span) {
      range = { last: Number(span[2]), form: columns[1] ?? '', noSpace, words: [] };
      continue;
    }
    if (!/^\d+$/u.test(id)) continue;
    const form = columns[1] ?? '';
    if (range === null || Number(id) > range.last) {
      range = null;
      if (noSpace) found.add(l);
      continue;
    }
    range.words.push({ line: l, form });
    if (Number(id) < range.last) continue;
    if (range.words.map((w) => w.form).join('') === range.form)
      for (const word of range.words.slice(0, -1)) found.add(word.line);
    if (range.noSpace) found.add(l);
    range = null;
  }
  return found;
}
