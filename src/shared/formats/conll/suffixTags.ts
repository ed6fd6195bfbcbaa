import { parseTag } from '../common';
import type { ConllDocument } from './conllLines';

/** A tag written type first, its place after: `PER_B`, `ORG_I` (Naver NER 2018), `LOC-B`. */
const SUFFIXED = /^(\S+?)([_-])([BIES])$/u;

/** A tag written place first with an underscore: `B_Gene`, `I_Gene` (JULIE Lab's JCoRe IOB writer). */
const UNDERSCORED = /^([BIESLU])_(\S+)$/u;

/** The outside tags of files of suffixed tags: `-` (Naver NER 2018), `O`. */
const OUTSIDE = new Set(['-', 'O']);

/** Lines looked at to tell a file of suffixed tags. */
const SAMPLE = 2000;

/**
 * How a file writes its tags when not `B-PER`: the mark between type and place, its outside
 * tag, and `first: 'place'` for `B_PER` (else the type comes first: `PER_B`).
 */
export interface TagSuffix {
  readonly separator: '_' | '-';
  readonly outside: string;
  readonly first?: 'place';
}

/**
 * The documents with their last column's tags in the `B-PER` shape (`PER_B` → `B-PER`,
 * `B_PER` → `B-PER`, `-` → `O`), and how the file wrote them, when every tag of its first
 * lines is in one such shape or outside, one of them not outside, none written `B-PER`: the
 * Korean Naver NER 2018 corpus's `1<TAB>서울시는<TAB>ORG_B` (`-` outside), JULIE Lab's JCoRe
 * IOB files' `Ca2+-modulating<TAB><TAB><TAB>B_Gene`. Read as they stand, `PER_B` and `PER_I`
 * (or `B_Gene` and `I_Gene`) would be two labels of an IO file, or no tags at all. Null for
 * any other file.
 * @example suffixTagged(conllDocuments('1\tSeoul\tLOC_B\n2\tgoes\t-\n'))?.suffix → { separator: '_', outside: '-' }
 */
export function suffixTagged(
  docs: readonly ConllDocument[],
): { docs: ConllDocument[]; suffix: TagSuffix } | null {
  const suffix = suffixOf(docs) ?? placeFirstOf(docs);
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
 * A tag written back in its file's form: `B-PER` → `PER_B` (or `B_PER`), `O` → `-`.
 * @example suffixedTag('B-PER', { separator: '_', outside: '-' }) === 'PER_B'
 */
export function suffixedTag(tag: string, suffix: TagSuffix): string {
  if (tag === 'O') return suffix.outside;
  const at = tag.indexOf('-');
  if (at < 0) return tag;
  return suffix.first === 'place'
    ? `${tag.slice(0, at)}${suffix.separator}${tag.slice(at + 1)}`
    : `${tag.slice(at + 1)}${suffix.separator}${tag.slice(0, at)}`;
}

/** What an import says of a file whose tags it turned round. */
export function suffixWarning(path: string, suffix: TagSuffix): string {
  const shape =
    suffix.first === 'place'
      ? `written with an underscore (B_PER, I_PER), as JULIE Lab's JCoRe writes them: read as B-PER, I-PER`
      : `written type first (PER${suffix.separator}B, PER${suffix.separator}I)${suffix.outside === 'O' ? '' : `, ${suffix.outside} outside names`}, as the Naver NER 2018 corpus writes them: read as B-PER, I-PER and O`;
  return `${path}: its tags are ${shape}; the CoNLL export writes them back so (in the shape a scheme asked for gives, B-PER)`;
}

function prefixed(tag: string, suffix: TagSuffix): string {
  if (tag === suffix.outside) return 'O';
  if (suffix.first === 'place') {
    const m = UNDERSCORED.exec(tag);
    return m ? `${m[1] ?? ''}-${m[2] ?? ''}` : tag;
  }
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

/** `B_Gene`, `I_Gene` and `O` only in a file's first lines, one of them not `O`. */
function placeFirstOf(docs: readonly ConllDocument[]): TagSuffix | null {
  let seen = 0;
  let tagged = false;
  for (const doc of docs)
    for (const s of doc.sentences)
      for (const row of s.rows) {
        if (seen++ === SAMPLE) return tagged ? PLACE_FIRST : null;
        if (row.columns.length < 2) return null;
        const tag = row.columns[row.columns.length - 1] ?? '';
        if (tag === 'O') continue;
        if (!UNDERSCORED.test(tag)) return null;
        tagged = true;
      }
  return tagged ? PLACE_FIRST : null;
}

const PLACE_FIRST: TagSuffix = { separator: '_', outside: 'O', first: 'place' };
