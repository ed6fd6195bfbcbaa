import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { KEPT_SPACY_DOCBIN } from './keptKeys';
import { sourceFileOf } from './sourceFile';
import type { SourceFile } from './sourceFile';

/** One attribute column of a DocBin kept: its spaCy id and a value per token (strings for string attributes, else integers, a decimal string past 2^53). */
// A type, not an interface: metadata holds JSON, and only a type literal is checked as one.
export type KeptDocBinColumn = {
  attr: number;
  strings: boolean;
  values: (string | number)[];
};

/**
 * What a document imported from a `.spacy` file (spaCy's DocBin) keeps so the spaCy export
 * writes it back as it was when its text is unchanged: its tokens (words and space flags),
 * the `ENT_IOB` codes read (0, "not annotated", is kept where no span is), every other
 * attribute column, its `flags`, its span groups' keys and attrs, its `user_data` (base64
 * msgpack), its `cats` as read, and the file it was read from (`file`, to write it back there).
 * @example { words: ['EU', 'rejects'], spaces: [true, false], iob: [3, 2], columns: [{ attr: 75, strings: true, values: ['NNP', 'VBZ'] }], flags: {}, groups: [], cats: {} }
 */
export interface KeptDocBin {
  readonly words: readonly string[];
  readonly spaces: readonly boolean[];
  readonly iob: readonly number[];
  readonly columns: readonly KeptDocBinColumn[];
  readonly flags: Readonly<Record<string, unknown>>;
  readonly groups: readonly {
    readonly key: string;
    readonly attrs: Readonly<Record<string, unknown>>;
  }[];
  readonly cats: Readonly<Record<string, unknown>>;
  readonly userData?: string;
  readonly file?: SourceFile;
}

/**
 * The kept DocBin document of a document's metadata, or null when it keeps none (or not in this shape).
 * @example keptDocBinOf(doc.metadata)?.words.length
 */
export function keptDocBinOf(metadata: DocumentMetadata | undefined): KeptDocBin | null {
  const value = metadata?.[KEPT_SPACY_DOCBIN];
  if (!isRecord(value)) return null;
  const { words, spaces, iob, columns, flags, groups, cats, userData } = value;
  const file = sourceFileOf(value.file);
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) return null;
  if (!Array.isArray(spaces) || !spaces.every((s) => typeof s === 'boolean')) return null;
  if (!Array.isArray(iob) || !iob.every((n) => typeof n === 'number')) return null;
  if (spaces.length !== words.length || iob.length !== words.length) return null;
  if (!Array.isArray(columns) || !columns.every((c) => isColumn(c, words.length))) return null;
  const keptGroups = groupsOf(groups);
  if (!isRecord(flags) || !isRecord(cats) || keptGroups === null) return null;
  if (userData !== undefined && typeof userData !== 'string') return null;
  return {
    words,
    spaces,
    iob,
    columns,
    flags,
    groups: keptGroups,
    cats,
    ...(userData === undefined ? {} : { userData }),
    ...(file ? { file } : {}),
  };
}

function isColumn(value: unknown, tokens: number): value is KeptDocBinColumn {
  return (
    isRecord(value) &&
    typeof value.attr === 'number' &&
    typeof value.strings === 'boolean' &&
    Array.isArray(value.values) &&
    value.values.length === tokens &&
    value.values.every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

/** The kept span groups' keys and attrs, or null when not a list of them. */
function groupsOf(value: unknown): KeptDocBin['groups'] | null {
  if (!Array.isArray(value)) return null;
  const groups: { key: string; attrs: Record<string, unknown> }[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.key !== 'string' || !isRecord(item.attrs)) return null;
    groups.push({ key: item.key, attrs: item.attrs });
  }
  return groups;
}
