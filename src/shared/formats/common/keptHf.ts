import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isJsonValue } from './isJsonValue';
import type { JsonValue } from './isJsonValue';
import { KEPT_HF } from './keptKeys';
import { sourceFileOf } from './sourceFile';
import type { SourceFile } from './sourceFile';

/** One Hugging Face record of a document: how many tokens it had and its other fields. */
export interface KeptHfRecord {
  readonly tokens: number;
  /** The record's fields besides its tokens and tags, as they were (`id`, `pos_tags`, `chunk_tags`, …). */
  readonly fields: Readonly<Record<string, JsonValue>>;
}

/**
 * What a document imported from Hugging Face records keeps so the HF export writes the records'
 * other fields back: a record per line of the text (its tokens joined by one space), in order;
 * and the names of the source's integer tags in their order (ClassLabel names, `label_names.json`),
 * so the export gives each tag the source's id; and the file it was read from (`file`, to write
 * it back there).
 * @example { records: [{ tokens: 2, fields: { id: '0', pos_tags: [22, 42] } }], names: ['O', 'B-Disease', 'I-Disease'] }
 */
export interface KeptHf {
  readonly records: readonly KeptHfRecord[];
  readonly names?: readonly string[];
  readonly file?: SourceFile;
  /**
   * Where (code points of the text) a name began with `I-` in the source's tags (WNUT 2017's
   * records have some): the export gives it the `I-` id again while that reads as the same
   * name (see `KeptConll.otherStarts`).
   */
  readonly otherStarts?: readonly number[];
}

/**
 * The kept Hugging Face records of a document's metadata, or null when it keeps none (or not in this shape).
 * @example keptHfOf({ $huggingface: { records: [{ tokens: 1, fields: { id: '7' } }] } })?.records[0]?.fields.id === '7'
 */
export function keptHfOf(metadata: DocumentMetadata | undefined): KeptHf | null {
  const value = metadata?.[KEPT_HF];
  if (!isRecord(value) || !Array.isArray(value.records)) return null;
  const records: KeptHfRecord[] = [];
  for (const record of value.records) {
    if (!isRecord(record) || !isRecord(record.fields)) return null;
    const { tokens, fields } = record;
    if (typeof tokens !== 'number' || !Number.isInteger(tokens) || tokens < 0) return null;
    records.push({ tokens, fields: jsonFields(fields) });
  }
  const names = keptHfNames(metadata);
  const file = sourceFileOf(value.file);
  return { records, ...(names ? { names } : {}), ...(file ? { file } : {}) };
}

/**
 * Where the source's names began with `I-` (see `KeptHf.otherStarts`), or null when nowhere:
 * read alone, as the export asks every document.
 * @example keptHfOtherStarts({ $huggingface: { records: [], otherStarts: [4] } })?.has(4) === true
 */
export function keptHfOtherStarts(
  metadata: DocumentMetadata | undefined,
): ReadonlySet<number> | null {
  const value = metadata?.[KEPT_HF];
  if (!isRecord(value) || !Array.isArray(value.otherStarts)) return null;
  const starts = value.otherStarts.filter(
    (n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0,
  );
  return starts.length > 0 ? new Set(starts) : null;
}

/**
 * The source's tag names a document keeps (see `KeptHf`), or null: read alone, without the
 * records, as an export asks every document for them.
 * @example keptHfNames({ $huggingface: { records: [], names: ['O', 'B-Disease'] } }) → ['O', 'B-Disease']
 */
export function keptHfNames(metadata: DocumentMetadata | undefined): string[] | null {
  const value = metadata?.[KEPT_HF];
  if (!isRecord(value) || !Array.isArray(value.names)) return null;
  const names = value.names.filter((n): n is string => typeof n === 'string');
  return names.length === value.names.length && names.length > 0 ? names : null;
}

/** The fields of a record checked to be JSON, typed as such. */
function jsonFields(fields: Record<string, unknown>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(fields))
    if (isJsonValue(value)) setOwn(out, key, value);
  return out;
}

/** The names of the fields the records keep, each once, in first-seen order. */
export function keptHfFieldNames(kept: KeptHf): string[] {
  const names = new Set<string>();
  for (const record of kept.records) for (const key of Object.keys(record.fields)) names.add(key);
  return [...names];
}
