import type { TagScheme } from './tagScheme';

/** A tag's part before its type: O, a scheme's prefix, or '' for a bare label (IO). */
export type TagPrefix = 'O' | 'B' | 'I' | 'E' | 'S' | 'L' | 'U' | '';

/** One tag: its prefix and its type (the label; '' for O). @example { prefix: 'B', type: 'PER' } */
export interface IobTag {
  readonly prefix: TagPrefix;
  readonly type: string;
}

const OUTSIDE: IobTag = { prefix: 'O', type: '' };
const PREFIXES: readonly TagPrefix[] = ['B', 'I', 'E', 'S', 'L', 'U'];
/** A prefixed tag, split at its first hyphen as conlleval.pl splits it (`B-PER-deriv` is B, PER-deriv). */
const PREFIXED = /^([BIESLU])-(\S+)$/;
/** Something that has a tag's shape but no type or no known prefix: `B-`, `-PER`, `X-PER`, `b-per`. */
const BROKEN = /^[A-Za-z]?-/;

/**
 * Reads one tag: `O`, a prefixed tag (`B-`, `I-`, `E-`, `S-`, `L-`, `U-` and a type) or a bare
 * label (IO files: `PER`); null for what cannot be a tag at all (`B-`, `-PER`, `b-PER`).
 * @example parseTag('I-ORG') → { prefix: 'I', type: 'ORG' }; parseTag('PER') → { prefix: '', type: 'PER' }
 */
export function parseTag(text: string): IobTag | null {
  if (text === 'O') return OUTSIDE;
  const m = PREFIXED.exec(text);
  const prefix = m ? PREFIXES.find((p) => p === m[1]) : undefined;
  if (m && prefix) return { prefix, type: m[2] ?? '' };
  if (BROKEN.test(text)) return null;
  return { prefix: '', type: text };
}

/** The prefixes a scheme writes (bare labels for IO). */
export const SCHEME_PREFIXES: Readonly<Record<TagScheme, readonly TagPrefix[]>> = {
  iob1: ['O', 'B', 'I'],
  iob2: ['O', 'B', 'I'],
  bioes: ['O', 'B', 'I', 'E', 'S'],
  bilou: ['O', 'B', 'I', 'L', 'U'],
  io: ['O', ''],
};

/** How a scheme is named in messages. */
export const SCHEME_NAMES: Readonly<Record<TagScheme, string>> = {
  iob1: 'IOB1',
  iob2: 'IOB2',
  bioes: 'BIOES',
  bilou: 'BILOU',
  io: 'IO',
};

/** A tag as its scheme's reader sees it: BILOU's L and U are BIOES's E and S; an IO label is I. */
export function readingOf(tag: IobTag): 'O' | 'B' | 'I' | 'E' | 'S' {
  switch (tag.prefix) {
    case 'O':
      return 'O';
    case 'L':
      return 'E';
    case 'U':
      return 'S';
    case '':
      return 'I';
    default:
      return tag.prefix;
  }
}

/** The tag as written: `B-PER`, `O`, or a bare label. */
export function tagText(tag: IobTag): string {
  if (tag.prefix === 'O') return 'O';
  return tag.prefix === '' ? tag.type : `${tag.prefix}-${tag.type}`;
}
