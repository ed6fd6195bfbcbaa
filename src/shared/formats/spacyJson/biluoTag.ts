/**
 * The BILUO tag of token `i` of a mention from token `first` to `last` labelled `label`:
 * U alone, else B, I, L by place, as spaCy's `offsets_to_biluo_tags` writes them.
 * @example biluoTag(4, 3, 4, 'ORG') === 'L-ORG'
 */
export function biluoTag(i: number, first: number, last: number, label: string): string {
  if (first === last) return `U-${label}`;
  if (i === first) return `B-${label}`;
  return `${i === last ? 'L' : 'I'}-${label}`;
}
