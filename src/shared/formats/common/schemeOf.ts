import type { TagScheme } from './tagScheme';
import type { IobTag } from './iobTag';

/**
 * The tag scheme a file's tags are written in: BIOES when it has E- or S- tags, BILOU with
 * L- or U-, IO with bare labels only; else IOB2 or IOB1 by which starts more spans, B- after
 * O or another type (IOB2) or I- (IOB1, where B- only separates two spans of one type side by
 * side). A string says why no scheme fits (BIOES and BILOU tags mixed).
 * @example schemeOf([[tag('I-PER'), tag('I-PER'), tag('B-PER')]]) === 'iob1'
 */
export function schemeOf(
  sentences: readonly (readonly IobTag[])[],
): TagScheme | { problem: string } {
  let bioes = false;
  let bilou = false;
  let bare = false;
  let prefixed = false;
  let bStarts = 0;
  let iStarts = 0;
  for (const tags of sentences) {
    let prev: IobTag | undefined;
    for (const tag of tags) {
      const p = tag.prefix;
      if (p === 'E' || p === 'S') bioes = true;
      else if (p === 'L' || p === 'U') bilou = true;
      else if (p === '') bare = true;
      if (p !== 'O' && p !== '') prefixed = true;
      const continues =
        prev !== undefined &&
        prev.type === tag.type &&
        (prev.prefix === 'B' || prev.prefix === 'I');
      if (p === 'B' && !continues) bStarts++;
      if (p === 'I' && !continues) iStarts++;
      prev = tag;
    }
  }
  if (bioes && bilou)
    return {
      problem:
        'its tags mix BIOES (E-, S-) and BILOU (L-, U-) prefixes, so no scheme reads them all; write them in one scheme',
    };
  if (bioes) return 'bioes';
  if (bilou) return 'bilou';
  if (bare && !prefixed) return 'io';
  return iStarts > bStarts ? 'iob1' : 'iob2';
}
