import { parseTag } from '../common';
import type { ConllDocument } from './conllLines';

/** A tag written type first, its place after: `PER_B`, `ORG_I` (Naver NER 2018), `LOC-B`. */
const SUFFIXED = /^(\S+?)([_-])([BIES])$/u;

/** The outside tags of files of suffixed tags: `-` (Naver NER 2018), `O`. */
const OUTSIDE = new Set(['-', 'O']);

/** Lines looked at to tell a file of suffixed tags. */
const SAMPLE = 2000;

/** How a file writes its tags type first: the mark between type and place, and its outside tag. */
export interface TagSuffix {
  readonly separator: '_' | '-';
  readonly outside: string;
}

/**
 * The documents with their last column's tags turned round (`PER_B` → `B-PER`, `-` → `O`),
 * and how the file wrote them, when every tag of its first lines is suffixed or outside, one
 * of them suffixed, none written `B-PER`: the Korean Naver NER 2018 corpus's
 * `1<TAB>서울시는<TAB>ORG_B`, `-` for outside. Read as they stand, `PER_B` and `PER_I` would be
 * two labels of an IO file, or no tags at all. Null for any other file.
 * @example suffixTagged(conllDocuments('1\tSeoul\tLOC_B\n2\tgoes\t-\n'))?.suffix → { separator: '_', outside: '-' }
 */
export function suffixTagged(
  docs: readonly ConllDocument[],
): { docs: ConllDocument[]; suffix: TagSuffix } | null {
  const suffix = suffixOf(docs);
  if (!suffix) return null;
  const turned = docs.map((doc) => ({
    ...doc,
    sentences: doc.sentences.map((s) => ({
      ...s,
      rows: s.rows.map((row) => {
        const columns = [...row.columns];
        const last = columns.length - 1;
        columns[last] = prefixed(columns[last] ?? '', suffix);
        return { ...row, columns };
      }),
    })),
  }));
  return { docs: turned, suffix };
}

/**
 * A tag written back in its file's form: `B-PER` → `PER_B`, `O` → `-`.
 * @example suffixedTag('B-PER', { separator: '_', outside: '-' }) === 'PER_B'
 */
export function suffixedTag(tag: string, suffix: TagSuffix): string {
  if (tag === 'O') return suffix.outside;
  const at = tag.indexOf('-');
  return at < 0 ? tag : `${tag.slice(at + 1)}${suffix.separator}${tag.slice(0, at)}`;
}

function prefixed(tag: string, suffix: TagSuffix): string {
  if (tag === suffix.outside) return 'O';
  const m = SUFFIXED.exec(tag);
  return m && m[2] === suffix.separator ? `${m[3] ?? ''}-${m[1] ?? ''}` : tag;
}

function suffixOf(docs: readonly ConllDocument[]): TagSuffix | null {
  let seen = 0;
  let separator: '_' | '-' | null = null;
  let outside: string | null = null;
  for (const doc of docs)
    for (const s of doc.sentences)
      for (const row of s.rows) {
        if (seen++ === SAMPLE) return separator && outside ? { separator, outside } : null;
        if (row.columns.length < 2) return null;
        const tag = row.columns[row.columns.length - 1] ?? '';
        if (OUTSIDE.has(tag)) {
          if (outside !== null && outside !== tag) return null;
          outside = tag;
          continue;
        }
        const m = SUFFIXED.exec(tag);
        const mark = m?.[2] === '_' || m?.[2] === '-' ? m[2] : null;
        if (!mark || (separator !== null && separator !== mark)) return null;
        if ((parseTag(tag)?.prefix ?? '') !== '') return null; // `B-I`: a prefixed tag
        separator = mark;
      }
  return separator && outside ? { separator, outside } : null;
}
